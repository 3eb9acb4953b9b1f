using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.Tests.Collection;

/// <summary>The collection workflow on a real silo and PostgreSQL: tasks from arrears, the pool, contacts, payments.</summary>
public sealed class CollectionWorkflowTests
{
    [Fact]
    public async Task Exactly_one_of_a_hundred_concurrent_grabs_by_four_collectors_wins()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("grab"));
        var scene = await CollectionScene.CreateAsync(silo.Grains, householdsPerBuilding: 1);
        await scene.TasksOpenAsync();
        var collectors = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => scene.CollectorAsync($"c{i}")));
        await scene.Project.AssignAsync(collectors[0], [scene.Households[1]], [], CollectionScene.Supervisor); // puts them all on the roster
        await scene.Project.AssignAsync(null, [scene.Households[1]], [], CollectionScene.Supervisor);
        foreach (var collector in collectors.Skip(1))
        {
            await scene.Project.AssignAsync(collector, [scene.Households[2]], [], CollectionScene.Supervisor);
        }
        var household = scene.Households[0];
        var task = (await scene.Case(household).GetAsync()).Task!;
        Assert.Equal(CollectionTaskStatus.Pool, task.Status);

        var grabs = Enumerable.Range(0, 100).Select(async i =>
        {
            var collector = collectors[i % 4];
            try
            {
                await scene.Case(household).GrabAsync(task.TaskId, CollectionScene.Acting(collector));
                return (collector, Code: (CollectionErrorCode?)null);
            }
            catch (CollectionRejectedException e)
            {
                return (collector, Code: (CollectionErrorCode?)e.Code);
            }
        });
        var answers = await Task.WhenAll(grabs);

        var winner = Assert.Single(answers, a => a.Code is null).collector;
        Assert.All(answers.Where(a => a.Code is not null), a => Assert.Equal(CollectionErrorCode.Conflict, a.Code));
        var after = await scene.Case(household).GetAsync();
        Assert.Equal((winner, CollectionTaskStatus.Assigned), (after.Collector, after.Task!.Status));
        Assert.Single(after.Task.Events, e => e.To == CollectionTaskStatus.Assigned);
        await Eventually.TrueAsync(async () =>
        {
            var holders = await Task.WhenAll(collectors.Select(async c => (c, (await silo.Grains.GetGrain<ICollectorGrain>(c).GetCasesAsync()).Any(s => s.HouseholdId == household))));
            return holders.Count(h => h.Item2) == 1 && holders.Single(h => h.Item2).c == winner;
        }, TimeSpan.FromSeconds(10), "the task is in exactly one package, the winner's");
    }

    [Fact]
    public async Task A_payment_that_clears_the_arrears_closes_the_task_and_a_paid_household_is_not_contacted()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("paid"));
        var scene = await CollectionScene.CreateAsync(silo.Grains, householdsPerBuilding: 1);
        await scene.TasksOpenAsync();
        var collector = await scene.CollectorAsync("c1");
        await scene.Project.AssignAsync(collector, [], [scene.Tree.Buildings[0]], CollectionScene.Supervisor);
        var household = scene.Households[0];
        var today = silo.Services.GetRequiredService<BusinessClock>().Today;
        await Eventually.TrueAsync(async () => (await silo.Grains.GetGrain<ICollectorGrain>(collector).GetPlanAsync(today.AddDays(1))).Any(i => i.HouseholdId == household),
            TimeSpan.FromSeconds(10), "the household is on its collector's plan");

        var owed = (await silo.Grains.GetGrain<IHouseholdGrain>(household).GetArrearsAsync(null)).Total;
        await silo.Grains.GetGrain<IHouseholdGrain>(household).RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("pay"), owed));

        await Eventually.TrueAsync(async () => (await scene.Case(household).GetAsync()).Task is { Status: CollectionTaskStatus.Closed, CloseReason: TaskCloseReason.Paid },
            TimeSpan.FromSeconds(10), "the payment closes the task");
        var closed = await scene.Case(household).GetAsync();
        Assert.Null(closed.NextAction);
        await Eventually.TrueAsync(async () => (await silo.Grains.GetGrain<ICollectorGrain>(collector).GetPlanAsync(today.AddDays(1))).All(i => i.HouseholdId != household),
            TimeSpan.FromSeconds(10), "the planned contact is gone");
        var contact = new ContactRequest(BillingFixtures.NewId("c"), ContactMethod.Phone, ContactClass.B_Undecided, DateTimeOffset.UtcNow);
        var refused = await Assert.ThrowsAsync<CollectionRejectedException>(() => scene.Case(household).RecordContactAsync(contact, CollectionScene.Acting(collector)));
        Assert.Equal(CollectionErrorCode.BadInput, refused.Code);
        Assert.Contains("nothing to pay", refused.Message);
        Assert.Empty((await scene.Case(household).GetAsync()).Contacts);
        await Task.Delay(500); // the journal would have written a contact by now
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>("SELECT count(*) FROM collection.contact WHERE household_id = @h", ("h", household)));
    }

    [Fact]
    public async Task A_household_whose_case_heard_of_its_arrears_first_from_a_contact_closes_the_task_when_it_pays()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("pull"));
        var scene = await CollectionScene.CreateAsync(silo.Grains, householdsPerBuilding: 1);
        // The last household's own news waits a moment (its first signal); a contact and a payment in full come before it.
        var household = scene.Households[^1];
        var contact = new ContactRequest(BillingFixtures.NewId("c"), ContactMethod.Phone, ContactClass.B_Undecided, DateTimeOffset.UtcNow);
        await scene.Case(household).RecordContactAsync(contact, CollectionScene.Supervisor);
        Assert.Equal(CollectionTaskStatus.Pool, (await scene.Case(household).GetAsync()).Task!.Status);
        var ledger = silo.Grains.GetGrain<IHouseholdGrain>(household);
        await ledger.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("pay"), (await ledger.GetArrearsAsync(null)).Total));

        await Eventually.TrueAsync(async () => (await scene.Case(household).GetAsync()).Task is { Status: CollectionTaskStatus.Closed, CloseReason: TaskCloseReason.Paid },
            TimeSpan.FromSeconds(10), "the payment closes the task the contact opened");
    }
}
