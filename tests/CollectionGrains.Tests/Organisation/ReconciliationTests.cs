using CollectionGrains.Billing;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Billing.BillingFixtures;
using static CollectionGrains.Tests.Organisation.OrgTree;

namespace CollectionGrains.Tests.Organisation;

public sealed class ReconciliationTests
{
    [Fact]
    public async Task Reconciliation_finds_nothing_after_normal_work_and_finds_and_repairs_lost_and_stray_totals()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("reconcile"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var ids = await SixHouseholdsAsync(silo.Grains, tree);
        await Eventually.TrueAsync(async () => (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.Households == 6,
            TimeSpan.FromSeconds(10), "all households reached the group");
        var reconciliation = silo.Grains.GetGrain<IReconciliationGrain>(tree.Group);
        await Eventually.TrueAsync(async () => (await reconciliation.ReconcileAsync(repair: false)).Differences.Count == 0,
            TimeSpan.FromSeconds(10), "reconciliation finds nothing after normal work");
        var expectedArrears = (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.ArrearsPrincipal;

        // A lost update (the building no longer counts a household) and a stray one (a household that is not there).
        var building = Node(silo.Grains, tree.Buildings[0]);
        var held = await building.GetChildTotalsAsync();
        await building.RemoveChildAsync(ids[0], held[ids[0]].Version);
        await building.ReportChildTotalsAsync("ghost", new VersionedTotals(1, new Totals { Households = 1, ArrearsPrincipal = 999m }));
        await Eventually.TrueAsync(async () => (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.ArrearsPrincipal != expectedArrears,
            TimeSpan.FromSeconds(10), "the damage reached the group");

        var found = await reconciliation.ReconcileAsync(repair: false);
        Assert.Contains(found.Differences, d => d.HouseholdId == ids[0]);
        Assert.Contains(found.Differences, d => d.HouseholdId == "ghost");
        Assert.False(found.Repaired);
        Assert.Equal((3, 6), (found.Buildings, found.Households));

        var repaired = await reconciliation.ReconcileAsync(repair: true);
        Assert.True(repaired.Repaired);
        await Eventually.TrueAsync(async () => (await reconciliation.ReconcileAsync(repair: false)).Differences.Count == 0,
            TimeSpan.FromSeconds(10), "nothing is left to repair");
        Assert.Equal(expectedArrears, (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.ArrearsPrincipal);
        Assert.Equal(6, (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.Households);
    }

    [Fact]
    public async Task Reconciliation_reads_stored_ledgers_and_activates_only_the_households_it_finds_wrong()
    {
        var clusterId = TestSilo.NewClusterId("reconcile");
        OrgTree tree;
        IReadOnlyList<string> ids;
        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            tree = await OrgTree.CreateAsync(silo.Grains);
            ids = await SixHouseholdsAsync(silo.Grains, tree);
            foreach (var id in ids)
            {
                await silo.Grains.GetGrain<IHouseholdGrain>(id).RefreshTotalsAsync();
            }
        }

        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            // A building counting one household with other totals than its ledger gives.
            var building = Node(silo.Grains, tree.Buildings[1]);
            var held = await building.GetChildTotalsAsync();
            var wrong = held[ids[1]];
            await building.ReportChildTotalsAsync(ids[1], new VersionedTotals(wrong.Version + 1, wrong.Totals with { ArrearsPrincipal = 1m }));

            var found = await silo.Grains.GetGrain<IReconciliationGrain>(tree.Group).ReconcileAsync(repair: false);

            Assert.Equal(6, found.Households);
            var difference = Assert.Single(found.Differences, d => d.HouseholdId is not null);
            Assert.Equal(ids[1], difference.HouseholdId);
            Assert.StartsWith("counted with other totals than its ledger gives", difference.Problem, StringComparison.Ordinal);
            Assert.Contains($"ArrearsPrincipal 1 held, {held[ids[1]].Totals.ArrearsPrincipal} by the ledger", difference.Problem, StringComparison.Ordinal);
            var statistics = await silo.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
            Assert.Equal(1, statistics.Where(s => s.GrainType.Contains(nameof(HouseholdGrain), StringComparison.Ordinal)).Sum(s => s.ActivationCount));
        }
    }

    /// <summary>Six households over the tree's three buildings, each with a bill and a part payment.</summary>
    private static async Task<IReadOnlyList<string>> SixHouseholdsAsync(IGrainFactory grains, OrgTree tree)
    {
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var id = NewId("h");
            ids.Add(id);
            var household = grains.GetGrain<IHouseholdGrain>(id);
            await household.RegisterAsync(Household(tree.Project, id) with { BuildingId = tree.Buildings[i % 3] });
            await household.IssueBillsAsync([Opening("2025-08", 100m * (i + 1))]);
            await household.RecordPaymentAsync(Payment(NewId("pay"), 30m * i + 1));
        }
        return ids;
    }
}
