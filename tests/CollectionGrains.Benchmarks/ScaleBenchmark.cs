using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CollectionGrains.Billing;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 4 at full size: the real silo process with the demo group of N households (loaded once into its own database,
/// then reused), and against it: group and region totals read over GraphQL vs the same figures by one well-written SQL
/// query (speed, exactness, its plan) and vs a summary table kept with each payment (the cost of keeping it, the read);
/// reconciliation vs that query; memory per resident household; payment → group visibility under load; a full restart.
/// </summary>
internal static class ScaleBenchmark
{
    private const string TotalsQuery = "query($id: ID!) { orgNode(id: $id) { totals { households receivable collected receivableYear collectedYear arrearsPrincipal prepaid } } }";

    public static async Task RunAsync(int households, int months, int paymentsPerSecond, int seconds, int sqlRuns)
    {
        var postgres = PostgresSettings.FromEnvironment();
        var cluster = ClusterSettings.FromEnvironment();
        await using var database = NpgsqlDataSource.Create(postgres.ConnectionString());
        var silo = await DemoSilo.StartAsync(database, postgres, cluster, households, months, "silo-scale.log");
        using var http = new HttpClient { BaseAddress = new Uri(cluster.HttpUrl), Timeout = TimeSpan.FromMinutes(10) };
        var watch = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(5));   // the last roll-ups settle
        await DemoLogin.SignInAsync(http);

        using var client = await ClientAsync(cluster, postgres);
        var grains = client.Services.GetRequiredService<IGrainFactory>();
        var today = BusinessCalendar.Today(TimeProvider.System);
        var regions = await grains.GetGrain<IOrgNodeGrain>("demo").GetChildrenAsync();
        var region = regions.MaxBy(r => r.Totals.Households)!;
        foreach (var node in new[] { "demo", region.Info.Id })
        {
            var projects = await ProjectsBelowAsync(grains, node);
            var reads = await TimeAsync(300, () => TotalsAsync(http, node));
            if (sqlRuns == 0)
            {
                Console.WriteLine($"{node}: grain totals over GraphQL p50 {(await TimeAsync(300, () => TotalsAsync(http, node))).P50:F2} ms (SQL comparison skipped)");
                continue;
            }
            FinanceFigures? fromSql = null;
            var sql = await TimeAsync(sqlRuns, async () => fromSql = await FinanceFigures.QueryAsync(database, projects, today));
            var figures = Figures((await TotalsAsync(http, node))!);
            var exact = fromSql == figures;
            Console.WriteLine($"{node} ({projects.Length} projects, {figures.Households:N0} households): grain totals over GraphQL p50 {reads.P50:F2} ms, p99 {reads.P99:F2} ms; " +
                              $"one-pass SQL ({sqlRuns} runs) p50 {sql.P50:F0} ms, p99 {sql.P99:F0} ms; figures {(exact ? "equal to the cent" : "DIFFER")}");
            if (!exact)
            {
                Console.WriteLine($"  grains {figures}\n  SQL    {fromSql}");
            }
            if (node == "demo")
            {
                Console.WriteLine("one-pass SQL plan, EXPLAIN (ANALYZE, BUFFERS):\n" + await FinanceFigures.ExplainAsync(database, projects, today));
                var summary = await SummaryTableBaseline.MeasureAsync(database, projects, 20_000, 64, 300);
                Console.WriteLine($"summary table kept with each payment ({projects.Length} rows): journal insert alone {summary.JournalOnly}; " +
                                  $"with the summary update {summary.WithSummary} = {summary.WithSummary.PerSecond / summary.JournalOnly.PerSecond:F2}x; " +
                                  $"reading the group from it p50 {summary.Read.P50:F2} ms, p99 {summary.Read.P99:F2} ms");
                var reconcile = Stopwatch.StartNew();
                var report = await grains.GetGrain<IReconciliationGrain>("demo").ReconcileAsync(repair: false);
                Console.WriteLine($"reconciliation of the whole group (every household recomputed from its ledger, every node checked): {reconcile.Elapsed.TotalSeconds:F1} s, " +
                                  $"{report.Differences.Count} differences; the one-pass query for the group p50 {sql.P50 / 1000:F1} s");
            }
        }

        watch.Restart();
        var all = await database.CreateCommand("SELECT household_id FROM billing.household WHERE household_id LIKE 'demo-%'").ExecuteReaderAsync();
        var ids = new List<string>();
        while (await all.ReadAsync()) { ids.Add(all.GetString(0)); }
        await all.DisposeAsync();
        await Measure.ConcurrentlyAsync(ids.Count, 64, i => grains.GetGrain<IHouseholdGrain>(ids[i]).GetProfileAsync());
        var resident = silo.ResidentBytes();
        Console.WriteLine($"every household activated in {watch.Elapsed.TotalSeconds:F0} s; silo resident memory {resident / 1048576.0:N0} MiB = {resident / (double)ids.Count / 1024:F1} KiB per resident household ({ids.Count:N0})");

        // With the collection state of every household in arrears (its case) resident as well.
        watch.Restart();
        var cases = new List<string>();
        await using (var open = database.CreateCommand("SELECT household_id FROM collection.household_case WHERE task_status IS DISTINCT FROM 'Closed' AND household_id LIKE 'demo-%'"))
        await using (var reader = await open.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) { cases.Add(reader.GetString(0)); }
        }
        await Measure.ConcurrentlyAsync(cases.Count, 64, i => grains.GetGrain<Collection.IHouseholdCaseGrain>(cases[i]).GetCollectorAsync());
        resident = silo.ResidentBytes();
        Console.WriteLine($"every case of a household in arrears activated too ({cases.Count:N0}) in {watch.Elapsed.TotalSeconds:F0} s; silo resident memory {resident / 1048576.0:N0} MiB = {resident / (double)ids.Count / 1024:F1} KiB per household with collection state included");

        var prefix = $"scale{DateTime.UtcNow:HHmmss}";
        var buildings = ids.Select(id => id[..id.IndexOf('/')]).Distinct().Take(1000).ToList();
        var load = buildings.SelectMany(b => new[] { $"{b}/{prefix}-a", $"{b}/{prefix}-b" }).ToList();
        await Measure.ConcurrentlyAsync(load.Count, 64, async i =>
        {
            var building = load[i][..load[i].IndexOf('/')];
            var household = grains.GetGrain<IHouseholdGrain>(load[i]);
            await household.RegisterAsync(new HouseholdProfile(load[i], ProjectOf(building), building, load[i][(building.Length + 1)..], 90m, "压测", CustomerType.Individual, [], false, null, []));
            await household.IssueBillsAsync([new BillDraft("property", "物业费", Period.Of(today), Period.Of(today).Day(1), 1_000_000m)]);
        });
        var probe = $"{buildings[0]}/{prefix}-probe";
        await grains.GetGrain<IHouseholdGrain>(probe).RegisterAsync(new HouseholdProfile(probe, ProjectOf(buildings[0]), buildings[0], "probe", 90m, "探针", CustomerType.Individual, [], false, null, []));
        Console.WriteLine($"visibility: {load.Count:N0} load households in {buildings.Count:N0} demo buildings, {paymentsPerSecond}/s for {seconds} s");
        await VisibilityProbe.RunAsync(grains, "demo", probe, load, paymentsPerSecond, seconds, prefix);
        await Task.Delay(3000);

        var before = (await TotalsAsync(http, "demo"))!.ToJsonString();
        await client.StopAsync();
        watch.Restart();
        await silo.StopAsync();
        var stopped = watch.Elapsed;
        watch.Restart();
        await using var restarted = await DemoSilo.RestartAsync(cluster, "silo-scale.log");
        var healthy = watch.Elapsed;
        await WaitAsync(async () => (await TotalsAsync(http, "demo"))?.ToJsonString() == before && (await TotalsAsync(http, region.Info.Id)) is not null, TimeSpan.FromMinutes(10));
        Console.WriteLine($"restart: graceful stop {stopped.TotalSeconds:F1} s; start to healthy {healthy.TotalSeconds:F1} s; to group totals read back equal {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static string ProjectOf(string buildingId) => buildingId[..buildingId.IndexOf("-z", StringComparison.Ordinal)];

    private static FinanceFigures Figures(JsonNode totals)
    {
        decimal Money(string name) => decimal.Parse(totals[name]!.GetValue<string>(), CultureInfo.InvariantCulture);
        return new FinanceFigures(totals["households"]!.GetValue<long>(), Money("receivable"), Money("collected"), Money("receivableYear"), Money("collectedYear"), Money("arrearsPrincipal"), Money("prepaid"));
    }

    private static async Task<JsonNode?> TotalsAsync(HttpClient http, string nodeId)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query = TotalsQuery, variables = new { id = nodeId } });
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())?["data"]?["orgNode"]?["totals"];
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task<string[]> ProjectsBelowAsync(IGrainFactory grains, string nodeId)
    {
        var level = new List<OrgNodeView> { (await grains.GetGrain<IOrgNodeGrain>(nodeId).GetAsync())! };
        while (level[0].Info.Level < OrgLevel.Project)
        {
            level = [.. (await Task.WhenAll(level.Select(n => grains.GetGrain<IOrgNodeGrain>(n.Info.Id).GetChildrenAsync()))).SelectMany(c => c)];
        }
        return [.. level.Select(n => n.Info.Id)];
    }

    private static async Task<(double P50, double P99)> TimeAsync<T>(int times, Func<Task<T>> read)
    {
        var latencies = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await read();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var sorted = latencies.Order().ToArray();
        return (sorted[sorted.Length / 2], sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.99))]);
    }

    internal static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("the condition did not hold in time");
            }
            await Task.Delay(1000);
        }
    }

    internal static async Task<IHost> ClientAsync(ClusterSettings cluster, PostgresSettings postgres)
    {
        var host = new HostBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseCollectionGrainsClient(cluster, postgres)
            .Build();
        await host.StartAsync();
        return host;
    }
}
