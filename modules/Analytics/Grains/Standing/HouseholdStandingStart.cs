using Microsoft.Extensions.Logging;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// Wakes the standing's keeper and the closer of periods when a silo becomes active, so the change feed is taken and
/// closed periods are kept even where nobody asks for a group's analyses. It does not hold the start up: a grain that
/// fails to wake now wakes at its reminder or first use.
/// </summary>
internal sealed class HouseholdStandingStart(IGrainFactory grains, ILogger<HouseholdStandingStart> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(HouseholdStandingStart), ServiceLifecycleStage.Active, cancellationToken =>
        {
            LogIfFailed(grains.GetGrain<IHouseholdStandingGrain>(0).StartAsync(), logger.StandingRefreshFailed);
            LogIfFailed(grains.GetGrain<IClosedPeriodsGrain>(0).StartAsync(), logger.ClosedPeriodsPassFailed);
            return Task.CompletedTask;
        });

    private static void LogIfFailed(Task start, Action<Exception> log) =>
        _ = start.ContinueWith(t => log(t.Exception!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
