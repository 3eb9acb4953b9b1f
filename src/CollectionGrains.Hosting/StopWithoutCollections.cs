using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace CollectionGrains.Hosting;

/// <summary>
/// A stopping silo deactivates every activation it holds. With a million of them on a heap of several gigabytes, a
/// collection started during the stop marks that whole heap on one of the machine's cores while the deactivations
/// need both. When <c>CG_STOP_NO_GC_MB</c> is set, the silo asks the runtime to make no collection for that many
/// megabytes of allocation from the moment it starts to leave. Either way it logs what the deactivations allocated and
/// how many collections ran while they did.
/// </summary>
internal sealed partial class StopWithoutCollections(ClusterSettings cluster, ILogger<StopWithoutCollections> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly Stopwatch _watch = new();
    private long _allocatedBefore;
    private int _gen0Before, _gen1Before, _gen2Before;
    private TimeSpan _pausedBefore;

    public void Participate(ISiloLifecycle lifecycle)
    {
        // Stops run from the last stage down: Active stops before BecomeActive deactivates the grains.
        lifecycle.Subscribe(nameof(StopWithoutCollections), ServiceLifecycleStage.Active, _ => Task.CompletedTask, _ => StartAsync());
        lifecycle.Subscribe(nameof(StopWithoutCollections), ServiceLifecycleStage.RuntimeGrainServices, _ => Task.CompletedTask, _ => EndAsync());
    }

    private Task StartAsync()
    {
        (_allocatedBefore, _pausedBefore) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
        (_gen0Before, _gen1Before, _gen2Before) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        _watch.Start();
        if (cluster.StopNoGcMegabytes > 0)
        {
            try
            {
                var started = GC.TryStartNoGCRegion(cluster.StopNoGcMegabytes * 1024L * 1024L, disallowFullBlockingGC: true);
                NoGcRegion(cluster.StopNoGcMegabytes, started, _watch.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
            {
                NoGcRegionRefused(e, cluster.StopNoGcMegabytes);
            }
        }
        return Task.CompletedTask;
    }

    private Task EndAsync()
    {
        Deactivated(_watch.Elapsed.TotalSeconds, (GC.GetTotalAllocatedBytes() - _allocatedBefore) / 1048576.0,
            GC.CollectionCount(0) - _gen0Before, GC.CollectionCount(1) - _gen1Before, GC.CollectionCount(2) - _gen2Before,
            (GC.GetTotalPauseDuration() - _pausedBefore).TotalSeconds, GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Leaving: no collection for the next {Megabytes} MB of allocation: {Started} (took {Milliseconds:F0} ms)")]
    private partial void NoGcRegion(int megabytes, bool started, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaving: the runtime refused a region of {Megabytes} MB without collections")]
    private partial void NoGcRegionRefused(Exception exception, int megabytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Left: grains deactivated in {Seconds:F1} s, {Allocated:N0} MB allocated, collections gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, paused {Paused:F2} s; heap {Heap:N0} MB")]
    private partial void Deactivated(double seconds, double allocated, int gen0, int gen1, int gen2, double paused, double heap);
}
