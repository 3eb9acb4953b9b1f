using CollectionGrains.Collection;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Collection;

/// <summary>A collection policy decided for a later day: the current one holds until that day, then the new one does, with nothing run in between.</summary>
public sealed class ScheduledPolicyTests
{
    [Fact]
    public async Task A_policy_decided_for_a_later_day_applies_from_that_day_on()
    {
        var clock = new ShiftedClock();
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("policy"), clock: clock);
        var scene = await CollectionScene.CreateAsync(silo.Grains, householdsPerBuilding: 1);
        var current = await scene.Project.GetPolicyAsync();
        var stricter = current with { WeeklyMinimum = current.WeeklyMinimum + 2, MaxAttemptsPerDay = 2 };
        var from = clock.Today.AddDays(2);

        await Assert.ThrowsAsync<CollectionRejectedException>(() => scene.Project.SchedulePolicyAsync(stricter, clock.Today, CollectionScene.Supervisor));
        await scene.Project.SchedulePolicyAsync(stricter, from, CollectionScene.Supervisor);

        Assert.Equal(Caps(current), Caps(await scene.Project.GetPolicyAsync()));
        Assert.Equal(from, (await scene.Project.GetScheduledPolicyAsync())!.EffectiveFrom);
        clock.Shift = TimeSpan.FromDays(1);
        Assert.Equal(Caps(current), Caps(await scene.Project.GetPolicyAsync()));
        clock.Shift = TimeSpan.FromDays(2);
        Assert.Equal(Caps(stricter), Caps(await scene.Project.GetPolicyAsync()));
        Assert.Null(await scene.Project.GetScheduledPolicyAsync());
    }

    private static (int WeeklyMinimum, int MaxAttemptsPerDay) Caps(CollectionPolicy policy) => (policy.WeeklyMinimum, policy.MaxAttemptsPerDay);
}
