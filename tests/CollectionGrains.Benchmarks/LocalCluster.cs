using System.Diagnostics;
using System.Globalization;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Silo processes of one cluster on this machine (silo i: ports 11311+i, 30300+i, HTTP 5190+i), the real silo program
/// built by tests/bench.sh into .artifacts/silo-faults; silo 0 loads the demo group. Stopped gracefully when disposed.
/// </summary>
internal sealed class LocalCluster(int households, IReadOnlyDictionary<string, string>? settings = null) : IAsyncDisposable
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", ".."));

    public static string Log { get; } = Path.Combine(Root, ".artifacts", "faults.log");

    public SortedDictionary<int, SiloProcess> Running { get; } = [];

    public IEnumerable<string> Urls => Running.Keys.Select(Url);

    public static string Url(int silo) => $"http://127.0.0.1:{5190 + silo}";

    public static int SiloPort(int silo) => 11311 + silo;

    public async Task StartAsync(int silo)
    {
        var watch = Stopwatch.StartNew();
        Running[silo] = await SiloProcess.StartAsync(Path.Combine(Root, ".artifacts", "silo-faults", "CollectionGrains.Silo.dll"), Url(silo),
            new Dictionary<string, string>
            {
                ["CG_SILO_PORT"] = SiloPort(silo).ToString(CultureInfo.InvariantCulture),
                ["CG_GATEWAY_PORT"] = (30300 + silo).ToString(CultureInfo.InvariantCulture),
                ["CG_HTTP_URL"] = Url(silo),
                ["CG_DEMO_HOUSEHOLDS"] = silo == 0 ? households.ToString(CultureInfo.InvariantCulture) : "0",
                ["CG_DEMO_MONTHS"] = "3",
            }.Concat(settings ?? new Dictionary<string, string>()).ToDictionary(), Log);
        Console.WriteLine($"silo {silo}: healthy {watch.Elapsed.TotalSeconds:F1} s after start");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Running.Values)
        {
            await silo.DisposeAsync();
        }
        Running.Clear();
    }
}
