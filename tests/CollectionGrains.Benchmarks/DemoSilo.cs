using System.Diagnostics;
using System.Globalization;
using CollectionGrains.Hosting;
using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// The real silo process (built into silo-scale) on the benchmark's database with the demo group of N households and its
/// months of history: loaded by the silo the first time, reused by later runs (cg_demo_load says what is loaded).
/// </summary>
internal static class DemoSilo
{
    public static async Task<SiloProcess> StartAsync(NpgsqlDataSource database, PostgresSettings postgres, ClusterSettings cluster, int households, int months, string logName)
    {
        await using var loadedCheck = database.CreateCommand("SELECT count(*) FROM cg_demo_load WHERE group_id = 'demo' AND households = $1 AND months = $2");
        loadedCheck.Parameters.AddWithValue(households);
        loadedCheck.Parameters.AddWithValue(months);
        var alreadyLoaded = (long)(await loadedCheck.ExecuteScalarAsync())! > 0;
        var environment = new Dictionary<string, string>
        {
            ["CG_DEMO_HOUSEHOLDS"] = alreadyLoaded ? "0" : households.ToString(CultureInfo.InvariantCulture), ["CG_DEMO_MONTHS"] = months.ToString(CultureInfo.InvariantCulture),
        };
        var log = Log(logName);
        Console.WriteLine($"database {postgres.Database}: demo group of {households:N0} households, {months} months {(alreadyLoaded ? "loaded before" : "to load")}; silo {cluster.ClusterId} at {cluster.HttpUrl} (log {Path.GetFullPath(log)})");
        var silo = await SiloProcess.StartAsync(Dll, cluster.HttpUrl, environment, log);
        var watch = Stopwatch.StartNew();
        await ScaleBenchmark.WaitAsync(async () => (long)(await loadedCheck.ExecuteScalarAsync())! > 0, TimeSpan.FromHours(3));
        if (!alreadyLoaded)
        {
            Console.WriteLine($"demo group loaded in {watch.Elapsed.TotalSeconds:F0} s (the silo log has each step)");
        }
        return silo;
    }

    /// <summary>The silo again on the loaded database (a restart), loading nothing.</summary>
    public static Task<SiloProcess> RestartAsync(ClusterSettings cluster, string logName) =>
        SiloProcess.StartAsync(Dll, cluster.HttpUrl, new Dictionary<string, string> { ["CG_DEMO_HOUSEHOLDS"] = "0" }, Log(logName));

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "..", "silo-scale", "CollectionGrains.Silo.dll");

    private static string Log(string name) => Path.Combine(AppContext.BaseDirectory, "..", name);
}
