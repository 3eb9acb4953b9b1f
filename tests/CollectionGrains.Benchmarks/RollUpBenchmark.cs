using CollectionGrains.Billing;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 4's visibility figure: under a steady payment load spread over many buildings, the time from a payment's
/// acknowledgement until a watcher of the group is pushed totals that include it (p50, p99).
/// </summary>
internal static class RollUpBenchmark
{
    public static async Task RunAsync(int buildings, int householdsPerBuilding, int paymentsPerSecond, int seconds)
    {
        var postgres = PostgresSettings.FromEnvironment();
        await using var silo = await BenchmarkSilo.StartAsync(postgres);
        var prefix = $"rb{DateTime.UtcNow:HHmmss}";
        var group = silo.Grains.GetGrain<IOrgNodeGrain>($"{prefix}-g");
        await group.CreateAsync("集团", OrgLevel.Group, null);
        string parent = $"{prefix}-g";
        foreach (var (level, name) in new[] { (OrgLevel.Region, "r"), (OrgLevel.Branch, "br"), (OrgLevel.Project, "p"), (OrgLevel.Zone, "z") })
        {
            await silo.Grains.GetGrain<IOrgNodeGrain>($"{prefix}-{name}").CreateAsync(name, level, parent);
            parent = $"{prefix}-{name}";
        }
        var households = new List<string>();
        for (var b = 0; b < buildings; b++)
        {
            await silo.Grains.GetGrain<IOrgNodeGrain>($"{prefix}-b{b}").CreateAsync($"{b + 1}栋", OrgLevel.Building, parent);
            for (var h = 0; h < householdsPerBuilding; h++)
            {
                households.Add($"{prefix}-b{b}/{h}");
            }
        }
        await Measure.ConcurrentlyAsync(households.Count, 64, async i =>
        {
            var household = silo.Grains.GetGrain<IHouseholdGrain>(households[i]);
            await household.RegisterAsync(new HouseholdProfile(households[i], $"{prefix}-p", $"{prefix}-b{i / householdsPerBuilding}", $"{i}",
                90m, "业主", CustomerType.Individual, [], false, null, []));
            await household.IssueBillsAsync([new BillDraft("property", "物业费", Period.Parse("2026-01"), new DateOnly(2026, 1, 15), 1_000_000m)]);
        });
        Console.WriteLine($"tree: 6 levels, {buildings} buildings, {households.Count:N0} households; load {paymentsPerSecond}/s for {seconds} s");

        var probe = $"{prefix}-b0/probe";
        await silo.Grains.GetGrain<IHouseholdGrain>(probe).RegisterAsync(new HouseholdProfile(probe, $"{prefix}-p", $"{prefix}-b0", "probe",
            90m, "探针", CustomerType.Individual, [], false, null, []));
        await VisibilityProbe.RunAsync(silo.Grains, $"{prefix}-g", probe, households, paymentsPerSecond, seconds, prefix);
    }
}
