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

    [Fact]
    public async Task A_zone_that_moves_in_or_out_during_a_close_is_counted_by_its_own_snapshot_or_not_at_all()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("close"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var (otherProject, movingZone, movingBuilding) = (NewId("q"), NewId("qz"), NewId("qb"));
        await Node(silo.Grains, otherProject).CreateAsync("项目乙", OrgLevel.Project, tree.Branch);
        await Node(silo.Grains, movingZone).CreateAsync("乙一区", OrgLevel.Zone, otherProject);
        await Node(silo.Grains, movingBuilding).CreateAsync("乙1栋", OrgLevel.Building, movingZone);
        foreach (var building in tree.Buildings.Append(movingBuilding))
        {
            var household = silo.Grains.GetGrain<IHouseholdGrain>(NewId("h"));
            await household.RegisterAsync(Household(tree.Project, household.GetPrimaryKeyString()) with { BuildingId = building });
            await household.IssueBillsAsync([Opening("2025-07", 300m)]);
        }
        await Eventually.TrueAsync(async () => (await Node(silo.Grains, tree.Branch).GetAsync())!.Totals.ArrearsPrincipal == 1200m,
            TimeSpan.FromSeconds(15), "the arrears reached the branch");

        for (var month = 1; month <= 8; month++)
        {
            var period = new Period(2026, month);
            var close = Node(silo.Grains, tree.Project).ClosePeriodAsync(period);
            var move = Node(silo.Grains, movingZone).MoveAsync(month % 2 == 1 ? tree.Project : otherProject);
            var snapshot = await close;
            await move;

            // The project's snapshot is the sum of the snapshots of the zones it holds (a zone that came after the close has none).
            var zones = (await Node(silo.Grains, tree.Project).GetAsync())!.ChildIds;
            var held = await Task.WhenAll(zones.Select(z => Node(silo.Grains, z).GetSnapshotAsync(period)));
            Assert.True(snapshot.SameAs(Totals.Sum(held.OfType<Totals>())), $"{period}: {snapshot.ArrearsPrincipal} ≠ {Totals.Sum(held.OfType<Totals>()).ArrearsPrincipal}");
            Assert.Contains(snapshot.ArrearsPrincipal, new[] { 900m, 1200m });
        }
    }
}
