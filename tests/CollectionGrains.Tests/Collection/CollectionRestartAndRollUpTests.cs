using System.Text.Json;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Collection;

/// <summary>
/// Cases worked by two collectors (a promise, a refusal, an unreachable number, a legacy issue, a household in the pool):
/// their classes, promises and contacts roll up to every node as the sum over the households; and after a silo restart
/// tasks, classes, promises, packages and plans come back equal.
/// </summary>
public sealed class CollectionRestartAndRollUpTests
{
    [Fact]
    public async Task Classes_promises_and_contacts_roll_up_and_everything_comes_back_after_a_restart()
    {
        var clusterId = TestSilo.NewClusterId("casework");
        CollectionScene scene;
        string[] collectors;
        string before;
        var tomorrow = BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(1);
        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            scene = await CollectionScene.CreateAsync(silo.Grains);
            await scene.TasksOpenAsync();
            collectors = [await scene.CollectorAsync("c1"), await scene.CollectorAsync("c2")];
            await scene.Project.AssignAsync(collectors[0], [], [scene.Tree.Buildings[0]], CollectionScene.Supervisor);
            await scene.Project.AssignAsync(collectors[1], [scene.Households[2], scene.Households[3]], [], CollectionScene.Supervisor);
            await WorkTheCasesAsync(scene, collectors);

            await RolledUpAsync(silo.Grains, scene);
            await Eventually.TrueAsync(async () => (await silo.Grains.GetGrain<ICollectorGrain>(collectors[0]).GetCasesAsync())
                .Any(c => c.Class == ContactClass.A_Promised), TimeSpan.FromSeconds(10), "the collector holds the promise");
            before = await SnapshotAsync(silo.Grains, scene, collectors, tomorrow);
        }

        await using var restarted = await TestSilo.StartAsync(clusterId);
        scene = scene.On(restarted.Grains);
        Assert.Equal(before, await SnapshotAsync(restarted.Grains, scene, collectors, tomorrow));
        await RolledUpAsync(restarted.Grains, scene);
    }

    private static async Task WorkTheCasesAsync(CollectionScene scene, string[] collectors)
    {
        var now = DateTimeOffset.UtcNow;
        var c1 = CollectionScene.Acting(collectors[0]);
        var c2 = CollectionScene.Acting(collectors[1]);
        await scene.Case(scene.Households[0]).RecordContactAsync(new ContactRequest("k1", ContactMethod.Phone, ContactClass.A_Promised, now,
            PromisedDate: BusinessCalendar.DateOf(now).AddDays(5), PromisedAmount: 200m, Reason: new ArrearsReason(ArrearsReasonCategory.Other, "资金周转")), c1);
        await scene.Case(scene.Households[1]).RecordContactAsync(new ContactRequest("k2", ContactMethod.Phone, ContactClass.C_Unreachable, now, Answered: false), c1);
        await scene.Case(scene.Households[2]).RecordContactAsync(new ContactRequest("k3", ContactMethod.Phone, ContactClass.E_Refusing, now,
            Reason: new ArrearsReason(ArrearsReasonCategory.BasicService, "电梯经常故障")), c2);
        await scene.Case(scene.Households[3]).RecordContactAsync(new ContactRequest("k4", ContactMethod.Phone, ContactClass.B_Undecided, now, Answered: false), c2);
        await scene.Case(scene.Households[4]).RecordLegacyIssueAsync(new LegacyIssue("L1", "装修纠纷", "2023 年楼上漏水未赔偿", default, ""), CollectionScene.Supervisor);
    }

    /// <summary>At every node: households by class, open promises and this week's contacts equal the sum over the cases below it.</summary>
    private static Task RolledUpAsync(IGrainFactory grains, CollectionScene scene) => Eventually.TrueAsync(async () =>
    {
        var cases = (await Task.WhenAll(scene.Households.Select(h => scene.Case(h).GetAsync()))).ToDictionary(c => c.HouseholdId);
        var weekStart = BusinessCalendar.WeekStart(BusinessCalendar.DateOf(DateTimeOffset.UtcNow));
        foreach (var node in scene.Tree.AllNodes)
        {
            var below = cases.Values.Where(c => Under(scene.Tree, node, c.HouseholdId)).ToList();
            var totals = (await OrgTree.Node(grains, node).GetAsync())!.Totals;
            var byClass = Enumerable.Range(0, 5).Select(k => (long)below.Count(c => c.Task is { IsOpen: true } && (int?)c.Class == k)).ToArray();
            if (!totals.HouseholdsByContactClass.SequenceEqual(byClass)
                || totals.PromisesOpen != below.Count(c => c.Promise is { State: PromiseState.Open })
                || totals.ContactsThisWeek != below.Sum(c => c.Contacts.Count(k => BusinessCalendar.DateOf(k.At) >= weekStart)))
            {
                return false;
            }
        }
        return (await OrgTree.Node(grains, scene.Tree.Group).GetAsync())!.Totals is { PromisesOpen: 1, ContactsThisWeek: 4 };
    }, TimeSpan.FromSeconds(20), "classes, promises and contacts roll up to every node");

    private static bool Under(OrgTree tree, string node, string householdId)
    {
        var building = householdId[..householdId.IndexOf('/')];
        var zone = building == tree.Buildings[2] ? tree.Zones[1] : tree.Zones[0];
        return node == building || node == zone || node is var n && (n == tree.Project || n == tree.Branch || n == tree.Region || n == tree.Group);
    }

    private static async Task<string> SnapshotAsync(IGrainFactory grains, CollectionScene scene, string[] collectors, DateOnly day)
    {
        var cases = await Task.WhenAll(scene.Households.Select(async h => (await scene.Case(h).GetAsync()) with { NextAction = null }));
        var tasks = await scene.Project.GetTasksAsync(new TaskFilter(), 100, null);
        var work = await Task.WhenAll(collectors.Select(async c => new
        {
            Plan = await grains.GetGrain<ICollectorGrain>(c).GetPlanAsync(day),
            Package = (await grains.GetGrain<ICollectorGrain>(c).GetCasesAsync()).Select(s => s.HouseholdId),
        }));
        return JsonSerializer.Serialize(new { cases, tasks = tasks.Tasks.Select(t => (t.TaskId, t.TaskStatus, t.Collector, t.Class)), work });
    }
}
