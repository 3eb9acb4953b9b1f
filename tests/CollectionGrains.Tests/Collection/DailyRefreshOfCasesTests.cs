using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Collection;

/// <summary>The project's daily refresh moves its cases on to the new day: a promise not paid by its date is broken, and the roll-ups follow.</summary>
public sealed class DailyRefreshOfCasesTests
{
    [Fact]
    public async Task A_promise_not_kept_by_its_date_is_broken_at_the_next_daily_refresh_and_the_group_counts_it()
    {
        var clock = new ShiftedClock();
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("daily"), clock: clock);
        var scene = await CollectionScene.CreateAsync(silo.Grains, householdsPerBuilding: 1);
        await scene.TasksOpenAsync();
        var household = scene.Households[0];
        var promised = clock.Today.AddDays(1);
        await scene.Case(household).RecordContactAsync(new ContactRequest("p1", ContactMethod.Phone, ContactClass.A_Promised, clock.Now,
            PromisedDate: promised, PromisedAmount: 100m), CollectionScene.Supervisor);
        await Eventually.TrueAsync(async () => (await OrgTree.Node(silo.Grains, scene.Tree.Group).GetAsync())!.Totals.PromisesOpen == 1,
            TimeSpan.FromSeconds(10), "the open promise reaches the group");

        clock.Shift = TimeSpan.FromDays(3);
        Assert.True(await scene.Project.RefreshCasesAsync() >= 1);

        var @case = await scene.Case(household).GetAsync();
        Assert.Equal((PromiseState.Broken, promised.AddDays(1), ContactClass.B_Undecided), (@case.Promise!.State, @case.Promise.DecidedOn!.Value, @case.Class));
        var brokenThisMonth = Period.Of(promised.AddDays(1)) == Period.Of(clock.Today) ? 1 : 0;
        await Eventually.TrueAsync(async () => (await OrgTree.Node(silo.Grains, scene.Tree.Group).GetAsync())!.Totals is var totals
                && totals.PromisesOpen == 0 && totals.PromisesBroken == brokenThisMonth && totals.HouseholdsByContactClass[(int)ContactClass.B_Undecided] == 1,
            TimeSpan.FromSeconds(10), "the broken promise and the household back in class B reach the group");
    }
}
