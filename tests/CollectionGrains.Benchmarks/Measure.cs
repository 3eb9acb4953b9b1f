using System.Diagnostics;
using CollectionGrains.Kernel;

namespace CollectionGrains.Benchmarks;

/// <summary>Runs work items with a fixed number of concurrent workers and reports the rate and latencies.</summary>
internal static class Measure
{
    public sealed record Result(int Operations, TimeSpan Elapsed, double P50Ms, double P99Ms)
    {
        public double PerSecond => Operations / Elapsed.TotalSeconds;

        public override string ToString() => $"{Operations:N0} in {Elapsed.TotalSeconds:F1} s = {PerSecond:N0}/s (p50 {P50Ms:F1} ms, p99 {P99Ms:F1} ms)";
    }

    public static async Task<Result> ConcurrentlyAsync(int operations, int concurrency, Func<int, Task> operation)
    {
        var watch = Stopwatch.StartNew();
        var latencies = await InFlight.ForEachAsync(Enumerable.Range(0, operations).ToArray(), concurrency, async i =>
        {
            var started = Stopwatch.GetTimestamp();
            await operation(i);
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        watch.Stop();
        Array.Sort(latencies);
        return new Result(operations, watch.Elapsed, latencies[operations / 2], latencies[(int)(operations * 0.99)]);
    }
}
