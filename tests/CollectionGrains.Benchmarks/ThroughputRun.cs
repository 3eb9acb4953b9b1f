using CollectionGrains.Hosting;
using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Payments per second through GraphQL with 1, 2 … N silos of one cluster on this machine: 128 requests kept in flight,
/// spread over the silos (with the fault run's share of re-sent payments and pairs), after a warm-up.
/// </summary>
internal static class ThroughputRun
{
    public static async Task RunAsync(int maxSilos, int households, int seconds)
    {
        await using var database = NpgsqlDataSource.Create(PostgresSettings.FromEnvironment().ConnectionString());
        for (var silos = 1; silos <= maxSilos; silos++)
        {
            await using var cluster = new LocalCluster(households);
            for (var i = 0; i < silos; i++)
            {
                await cluster.StartAsync(i);
            }
            var (token, payers) = await FaultRun.DemoAsync(database, households);
            var load = new PaymentLoad(payers, 100_000, $"tput{silos}x{DateTime.UtcNow:MMddHHmmss}", token);
            load.SendTo(cluster.Urls);
            using var stop = new CancellationTokenSource();
            var loading = load.RunAsync(stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(10));
            var before = load.Acknowledged.Count;
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            var paid = load.Acknowledged.Count - before;
            await stop.CancelAsync();
            await loading;
            Console.WriteLine($"{silos} silo(s): {paid / (double)seconds:N0} payments acknowledged/s over {seconds} s ({load.Summary()})");
        }
    }
}
