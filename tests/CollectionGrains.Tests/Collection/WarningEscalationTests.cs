using CollectionGrains.Collection;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Collection;

/// <summary>
/// Warnings on business days (a shifted clock, the project's daily refresh as its durable reminder runs it): a task
/// left without a contact raises a warning on the first day past the allowance, it climbs to the supervisor and then the
/// project manager every three days, a silo restart in between neither loses nor doubles it, and a contact clears it.
/// </summary>
public sealed class WarningEscalationTests
{
    [Fact]
    public async Task A_task_without_contact_warns_on_the_right_day_climbs_every_three_days_and_survives_a_restart_once()
    {
        var clock = ShiftedClock.InContactHours();
        var clusterId = TestSilo.NewClusterId("warnings");
        CollectionScene scene;
        string household;
        await using (var silo = await TestSilo.StartAsync(clusterId, clock: clock))
        {
            scene = await CollectionScene.CreateAsync(silo.Grains, householdsPerBuilding: 1);
            await scene.TasksOpenAsync();
            household = scene.Households[0];
            // Standard rules: 7 days for a task before its first classed contact; a warning climbs every 3 days.
            clock.Shift = TimeSpan.FromDays(7);
            await scene.Project.RefreshCasesAsync();
            Assert.Empty(Open(await scene.Case(household).GetAsync()));

            clock.Shift = TimeSpan.FromDays(8);   // 8 days without a contact > 7
            await scene.Project.RefreshCasesAsync();
            var raised = Open(await scene.Case(household).GetAsync());
            Assert.Contains(raised, w => w.Kind == WarningKind.NoContact && w.Level == WarningLevel.Collector && w.RaisedOn == clock.Today);
            // The first round is overdue too (it was due within 7 days).
            Assert.Contains(raised, w => w.Kind == WarningKind.PlanOverdue);

            clock.Shift = TimeSpan.FromDays(11);  // raised 3 days ago: the supervisor's
            await scene.Project.RefreshCasesAsync();
            Assert.All(Open(await scene.Case(household).GetAsync()), w => Assert.Equal(WarningLevel.Supervisor, w.Level));
            // Every household of the scene is in the same place: two warnings each, all with supervisors.
            var expected = 2L * scene.Households.Count;
            await Eventually.TrueAsync(async () => (await OrgTree.Node(silo.Grains, scene.Tree.Group).GetAsync())!.Totals.WarningsByLevel.SequenceEqual([0, expected, 0, 0]),
                TimeSpan.FromSeconds(10), "the group counts two warnings a household, with supervisors");
        }

        await using var restarted = await TestSilo.StartAsync(clusterId, clock: clock);
        scene = scene.On(restarted.Grains);
        var afterRestart = Open(await scene.Case(household).GetAsync());
        Assert.Equal(2, afterRestart.Count);
        Assert.All(afterRestart, w => Assert.Equal(WarningLevel.Supervisor, w.Level));

        clock.Shift = TimeSpan.FromDays(14);      // 6 days: the project manager's
        await scene.Project.RefreshCasesAsync();
        await scene.Project.RefreshCasesAsync();  // run twice, as a reminder may fire again after a restart
        var climbed = Open(await scene.Case(household).GetAsync());
        Assert.Equal([(WarningKind.NoContact, WarningLevel.ProjectManager), (WarningKind.PlanOverdue, WarningLevel.ProjectManager)],
            climbed.Select(w => (w.Kind, w.Level)).OrderBy(k => k.Kind));
        Assert.Equal(2, (await scene.Case(household).GetAsync()).Warnings!.Count);   // none raised twice

        // A call clears the no-contact warning (and with the first round made, the plan is no longer overdue).
        await scene.Case(household).RecordContactAsync(new ContactRequest("w1", ContactMethod.Phone, ContactClass.B_Undecided, clock.Now, Answered: false),
            CollectionScene.Supervisor);
        Assert.Empty(Open(await scene.Case(household).GetAsync()));
        var others = 2L * (scene.Households.Count - 1);
        await Eventually.TrueAsync(async () => (await OrgTree.Node(restarted.Grains, scene.Tree.Group).GetAsync())!.Totals.WarningsByLevel.SequenceEqual([0, 0, others, 0]),
            TimeSpan.FromSeconds(10), "the group keeps only the other households' warnings, with the project manager");
    }

    private static List<Warning> Open(CollectionCase @case) => [.. (@case.Warnings ?? []).Where(w => w.IsOpen)];
}
