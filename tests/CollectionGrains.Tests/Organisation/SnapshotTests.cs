using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Billing.BillingFixtures;
using static CollectionGrains.Tests.Organisation.OrgTree;

namespace CollectionGrains.Tests.Organisation;

public sealed class SnapshotTests
{
    [Fact]
    public async Task Closing_a_period_freezes_every_nodes_totals_against_later_payments_and_restarts()
    {
        var clusterId = TestSilo.NewClusterId("snapshot");
        var period = Period.Parse("2026-10");
        OrgTree tree;
        string[] households = [NewId("h"), NewId("h")];
        Totals closed;
        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            tree = await OrgTree.CreateAsync(silo.Grains);
            for (var i = 0; i < households.Length; i++)
            {
                var household = silo.Grains.GetGrain<IHouseholdGrain>(households[i]);
                await household.RegisterAsync(Household(tree.Project, households[i]) with { BuildingId = tree.Buildings[i + 1] });
                await household.IssueBillsAsync([Opening("2025-07", 400m)]);
            }
            await Eventually.TrueAsync(async () => (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.ArrearsPrincipal == 800m,
                TimeSpan.FromSeconds(10), "the arrears reached the group");

            closed = await Node(silo.Grains, tree.Group).ClosePeriodAsync(period);
            await silo.Grains.GetGrain<IHouseholdGrain>(households[0]).RecordPaymentAsync(Payment(NewId("pay"), 1000m));
            await Eventually.TrueAsync(async () => (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.ArrearsPrincipal == 400m,
                TimeSpan.FromSeconds(10), "the payment reached the group's live totals");
        }

        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            Assert.Equal(800m, closed.ArrearsPrincipal);
            Assert.Equal(2, closed.Households);
            Assert.True(closed.SameAs((await Node(silo.Grains, tree.Group).GetSnapshotAsync(period))!));
            Assert.True(closed.SameAs(await Node(silo.Grains, tree.Group).ClosePeriodAsync(period)));
            var zones = await Task.WhenAll(tree.Zones.Select(z => Node(silo.Grains, z).GetSnapshotAsync(period)));
            Assert.True(closed.SameAs(Totals.Sum(zones!)));
            Assert.Equal(400m, (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.ArrearsPrincipal);
            Assert.Null(await Node(silo.Grains, tree.Group).GetSnapshotAsync(Period.Parse("2026-09")));
        }
    }
}
