using System.Diagnostics;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 17's figures: contacts recorded per second through the household cases (each a durable write, its journal
/// rows, its figures reported to the building, its summary passed to the project and the collector) against plain
/// single-row upserts with the same number in flight, measured in the same run; and the daily plan of a collector holding
/// <c>packageSize</c> households in arrears, read repeatedly (p50, p99).
/// </summary>
internal static class CollectionBenchmark
{
    private static readonly CollectionActor Supervisor = new("bench-supervisor", ActorRank.Supervisor);

    public static async Task RunAsync(int households, int concurrency, int packageSize, int planReads)
    {
        var postgres = PostgresSettings.FromEnvironment();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; households {households:N0} in arrears, one contact each, concurrency {concurrency}, package {packageSize:N0}");
        var baseline = await UpsertBaseline.MeasureAsync(postgres.ConnectionString(maxPoolSize: concurrency), households, concurrency);
        Console.WriteLine($"baseline single-row upserts, {concurrency} connections: {baseline}");
        var pooledBaseline = await UpsertBaseline.MeasureAsync(postgres.ConnectionString(), households, concurrency);
        Console.WriteLine($"baseline single-row upserts, {postgres.PoolSize} connections: {pooledBaseline}");

        await using var silo = await BenchmarkSilo.StartAsync(postgres);
        var projectId = $"cb-{Guid.NewGuid():N}"[..16];
        await BenchmarkTree.CreateAsync(silo.Grains, projectId, buildings: (households + 199) / 200);
        var ids = Enumerable.Range(0, households).Select(i => $"{projectId}-b{i / 200}/{i % 200 + 101}").ToArray();
        var opened = await Measure.ConcurrentlyAsync(households, concurrency, async i =>
        {
            var household = silo.Grains.GetGrain<IHouseholdGrain>(ids[i]);
            await household.RegisterAsync(new HouseholdProfile(ids[i], projectId, $"{projectId}-b{i / 200}", $"{i % 200 + 101}", 60m + i % 90,
                "业主", CustomerType.Individual, ["13800000000"], false, null, []));
            await household.IssueBillsAsync([new BillDraft("property", "物业费", new Period(2025, 3), new DateOnly(2025, 3, 15), 200m + i % 500)]);
        });
        Console.WriteLine($"households registered with a bill of 2025 unpaid: {opened}");
        var project = silo.Grains.GetGrain<ICollectionProjectGrain>(projectId);
        await WaitAsync(async () => (await project.GetTasksAsync(new TaskFilter(), 1, null)).TotalCount == households, "every household's task opens");

        var collector = "bench-collector";
        await silo.Grains.GetGrain<IUserGrain>(collector).CreateAsync(new NewUser(new UserAccount(collector, "收费员", Role.Collector, projectId), "bench-password-1"));
        var package = Enumerable.Range(0, (packageSize + 199) / 200).Select(b => $"{projectId}-b{b}").ToList();
        await project.AssignAsync(collector, [], package, Supervisor);

        var order = Enumerable.Range(0, households).ToArray();
        new Random(17).Shuffle(order);
        var now = DateTimeOffset.UtcNow;
        var contacts = await Measure.ConcurrentlyAsync(households, concurrency, i =>
            silo.Grains.GetGrain<IHouseholdCaseGrain>(ids[order[i]]).RecordContactAsync(
                new ContactRequest($"bench-{i}", ContactMethod.Phone, ContactClass.B_Undecided, now), i % 5 == 0 ? Supervisor : new CollectionActor(collector, ActorRank.Collector)));
        Console.WriteLine($"durable contacts through household cases: {contacts}");
        Console.WriteLine($"ratio contacts/baseline: {contacts.PerSecond / baseline.PerSecond:F2} against {concurrency} connections, " +
            $"{contacts.PerSecond / pooledBaseline.PerSecond:F2} against {postgres.PoolSize} connections (goal >= 0.6)");

        var worker = silo.Grains.GetGrain<ICollectorGrain>(collector);
        await WaitAsync(async () => (await worker.GetCasesAsync()).Count(c => c.ContactsInTask > 0) >= Math.Min(packageSize, households), "the collector holds its contacted package");
        var day = BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(1);
        var items = (await worker.GetPlanAsync(day)).Count;
        var plans = await Measure.ConcurrentlyAsync(planReads, 1, _ => worker.GetPlanAsync(day));
        Console.WriteLine($"myPlan of a collector with {(await worker.GetCasesAsync()).Count:N0} households ({items:N0} items): {plans} (goal p99 <= 50 ms)");
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"not true within 10 minutes: {what}");
            }
            await Task.Delay(500);
        }
        Console.WriteLine($"{what}: {watch.Elapsed.TotalSeconds:F1} s");
    }
}
