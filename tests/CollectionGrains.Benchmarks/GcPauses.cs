using System.Diagnostics;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// How much of a phase this process spent paused by the garbage collector, and how many collections of each generation
/// it made: with a million households resident the heap is large, and a phase can be slow for that reason alone.
/// </summary>
internal sealed class GcPauses
{
    private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
    private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly long _started = Stopwatch.GetTimestamp();

    public static GcPauses Start() => new();

    public override string ToString()
    {
        var paused = GC.GetTotalPauseDuration() - _paused;
        var elapsed = Stopwatch.GetElapsedTime(_started);
        return $"GC paused {paused.TotalSeconds:F1} s of {elapsed.TotalSeconds:F1} s ({paused / elapsed:P0}); collections gen0 {GC.CollectionCount(0) - _collections[0]:N0}, " +
               $"gen1 {GC.CollectionCount(1) - _collections[1]:N0}, gen2 {GC.CollectionCount(2) - _collections[2]:N0}; heap {GC.GetTotalMemory(false) / 1048576.0:N0} MiB";
    }
}
