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
            foreach (var start in new[] { grains.GetGrain<IHouseholdStandingGrain>(0).StartAsync(), grains.GetGrain<IClosedPeriodsGrain>(0).StartAsync() })
            {
                _ = start.ContinueWith(t => logger.StandingRefreshFailed(t.Exception!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
            return Task.CompletedTask;
        });
}
