using Microsoft.Extensions.Logging;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// Wakes the standing's keeper when a silo becomes active, so the change feed is taken even where nobody asks for a
/// group's analyses. It does not hold the start up: a keeper that fails to wake now wakes at its reminder or first use.
/// </summary>
internal sealed class HouseholdStandingStart(IGrainFactory grains, ILogger<HouseholdStandingStart> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(HouseholdStandingStart), ServiceLifecycleStage.Active, cancellationToken =>
        {
            _ = grains.GetGrain<IHouseholdStandingGrain>(0).StartAsync().ContinueWith(
                t => logger.StandingRefreshFailed(t.Exception!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return Task.CompletedTask;
        });
}
