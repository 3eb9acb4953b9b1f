using System.Diagnostics;
using CollectionGrains.Billing;
using CollectionGrains.Organisation;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Payment → group totals visible: probe payments go one at a time to a household with no bills, so each adds exactly
/// 1.00 to the group's prepaid and the prepaid a watcher of the group is pushed says which probes it includes; a steady
/// load of 1.00 payments to households whose bills are far larger (so never prepaid) runs meanwhile.
/// </summary>
internal static class VisibilityProbe
{
    public static async Task RunAsync(IGrainFactory grains, string groupId, string probeHousehold, IReadOnlyList<string> loadHouseholds,
        int paymentsPerSecond, int seconds, string prefix)
    {
        var watcher = new PrepaidWatcher();
        var group = grains.GetGrain<IOrgNodeGrain>(groupId);
        var reference = grains.CreateObjectReference<ITotalsObserver>(watcher);
        await group.WatchAsync(reference);
        await Task.Delay(500);
        var baseline = watcher.Prepaid;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var sent = 0;
        var load = Task.Run(async () =>
        {
            var clock = Stopwatch.StartNew();
            var inFlight = new List<Task>();
            while (!stop.IsCancellationRequested)
            {
                for (var due = (int)(clock.Elapsed.TotalSeconds * paymentsPerSecond); sent < due; sent++)
                {
                    inFlight.Add(grains.GetGrain<IHouseholdGrain>(loadHouseholds[sent % loadHouseholds.Count])
                        .RecordPaymentAsync(new PaymentRequest($"{prefix}-pay-{sent}", 1m, PaymentChannel.WeChatPay, DateTimeOffset.UtcNow)));
                }
                await Task.Delay(5);
            }
            await Task.WhenAll(inFlight);
        });
        var latencies = new List<double>();
        for (var k = 1; !stop.IsCancellationRequested; k++)
        {
            await grains.GetGrain<IHouseholdGrain>(probeHousehold)
                .RecordPaymentAsync(new PaymentRequest($"{prefix}-probe-{k}", 1m, PaymentChannel.WeChatPay, DateTimeOffset.UtcNow));
            var acknowledged = Stopwatch.GetTimestamp();
            while (watcher.Prepaid < baseline + k)
            {
                await Task.Delay(2);
            }
            latencies.Add(Stopwatch.GetElapsedTime(acknowledged, watcher.ChangedAt).TotalMilliseconds);
            await Task.Delay(100);
        }
        await load;
        await group.UnwatchAsync(reference);
        var sorted = latencies.Order().ToArray();
        Console.WriteLine($"background payments {sent:N0} ({sent / (double)seconds:N0}/s); probes {sorted.Length}");
        Console.WriteLine($"payment -> group totals visible: p50 {sorted[sorted.Length / 2]:F0} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F0} ms, max {sorted[^1]:F0} ms");
    }

    private sealed class PrepaidWatcher : ITotalsObserver
    {
        public decimal Prepaid { get; private set; }

        public long ChangedAt { get; private set; }

        public void TotalsChanged(string nodeId, long version, Totals totals)
        {
            if (totals.Prepaid != Prepaid)
            {
                ChangedAt = Stopwatch.GetTimestamp();
                Prepaid = totals.Prepaid;
            }
        }
    }
}
