using CollectionGrains.Billing;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 3's figures: a bill run over N households (monthly property fee + parking) in households billed per second,
/// and durable payments per second through the household grains (rolling up through buildings of 200 households and
/// zones of 20 buildings) against a baseline of plain single-row upserts into PostgreSQL with the same concurrency,
/// measured in the same run.
/// </summary>
internal static class BillingBenchmark
{
    /// <param name="months">Months billed before the payments, the oldest first (a history whose bills the payments settle).</param>
    public static async Task RunAsync(int households, int payments, int concurrency, int months = 1)
    {
        var postgres = PostgresSettings.FromEnvironment();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 30)} GiB; PostgreSQL {postgres.Host}:{postgres.Port}");
        Console.WriteLine($"households {households:N0}, payments {payments:N0}, concurrency {concurrency}, silo pool {postgres.PoolSize} connections");

        // Two baselines: one connection per operation in flight, and the silo's own pool shared by as many in flight.
        var baseline = await UpsertBaseline.MeasureAsync(postgres.ConnectionString(maxPoolSize: concurrency), payments, concurrency);
        Console.WriteLine($"baseline single-row upserts, {concurrency} connections: {baseline}");
        var pooledBaseline = await UpsertBaseline.MeasureAsync(postgres.ConnectionString(), payments, concurrency);
        Console.WriteLine($"baseline single-row upserts, {postgres.PoolSize} connections: {pooledBaseline}");

        await using var silo = await BenchmarkSilo.StartAsync(postgres);
        var projectId = $"bench-{Guid.NewGuid():N}"[..20];
        var project = silo.Grains.GetGrain<IBillingProjectGrain>(projectId);
        await project.SetChargeItemAsync(new ChargeItem("property", "物业费", ChargeBasis.PerSquareMetre, BillingCycle.Monthly, 15, 0.7m,
            [new PriceVersion(new DateOnly(2020, 1, 1), 2.5m)]));
        await project.SetChargeItemAsync(new ChargeItem("parking", "车位管理费", ChargeBasis.Fixed, BillingCycle.Monthly, 15, null,
            [new PriceVersion(new DateOnly(2020, 1, 1), 150m)]));

        await BenchmarkTree.CreateAsync(silo.Grains, projectId, buildings: (households + 199) / 200);
        var ids = Enumerable.Range(0, households).Select(i => $"{projectId}-{i:D7}").ToArray();
        var gc = GcPauses.Start();
        var registered = await Measure.ConcurrentlyAsync(households, concurrency, i =>
            silo.Grains.GetGrain<IHouseholdGrain>(ids[i]).RegisterAsync(new HouseholdProfile(ids[i], projectId, $"{projectId}-b{i / 200}",
                $"{i % 30 + 1}-{i % 200 + 101}", 60m + i % 90, "业主", CustomerType.Individual, ["13800000000"], i % 10 == 0, null, [])));
        Console.WriteLine($"households registered: {registered}; {gc}");

        var today = Period.Of(BusinessCalendar.Today(TimeProvider.System));
        foreach (var period in Enumerable.Range(0, months).Select(m => today.AddMonths(m - months + 1)))
        {
            gc = GcPauses.Start();
            var run = await project.RunBillingAsync(period);
            Console.WriteLine($"bill run {period}: {run.Households:N0} households, {run.BillsIssued:N0} bills in {run.Elapsed.TotalSeconds:F1} s = {run.Households / run.Elapsed.TotalSeconds:N0} households billed/s; {gc}");
        }

        // Payments arrive from all over the group, not building by building: every building keeps receiving reports.
        var payers = Enumerable.Range(0, payments).Select(i => i % households).ToArray();
        new Random(7).Shuffle(payers);
        gc = GcPauses.Start();
        var paid = await Measure.ConcurrentlyAsync(payments, concurrency, i =>
            silo.Grains.GetGrain<IHouseholdGrain>(ids[payers[i]]).RecordPaymentAsync(
                new PaymentRequest($"bench-{i}", 10m + i % 50, PaymentChannel.WeChatPay, DateTimeOffset.UtcNow)));
        Console.WriteLine($"durable payments through household grains: {paid}; {gc}");
        Console.WriteLine($"ratio payments/baseline: {paid.PerSecond / baseline.PerSecond:F2} against {concurrency} connections, " +
            $"{paid.PerSecond / pooledBaseline.PerSecond:F2} against {postgres.PoolSize} connections (goal >= 0.6)");
    }
}
