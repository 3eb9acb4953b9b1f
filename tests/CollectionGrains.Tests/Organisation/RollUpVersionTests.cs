using CollectionGrains.Billing;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Billing.BillingFixtures;
using static CollectionGrains.Tests.Organisation.OrgTree;

namespace CollectionGrains.Tests.Organisation;

/// <summary>
/// A node's versions must not depend on the silo clock. An earlier activation on a silo whose clock ran an hour ahead
/// (versions were wall-clock milliseconds) published a version an hour above the one it stored, and died before storing
/// it; the node's next activation, on a silo with the right time, must still be taken by the parent.
/// </summary>
public sealed class RollUpVersionTests
{
    private const long AnHourOfMilliseconds = 3_600_000;

    [Fact]
    public async Task A_node_reactivated_after_a_silo_with_a_clock_ahead_still_reaches_its_parent()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("version"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var zone = tree.Zones[0];
        var household = silo.Grains.GetGrain<IHouseholdGrain>(NewId("h"));
        await household.RegisterAsync(Household(tree.Project, household.GetPrimaryKeyString()) with { BuildingId = tree.Buildings[0] });
        await household.IssueBillsAsync([Opening("2025-03", 300m)]);
        await Eventually.TrueAsync(async () => (await Node(silo.Grains, tree.Project).GetAsync())!.Totals.ArrearsPrincipal == 300m,
            TimeSpan.FromSeconds(15), "the bill reaches the project");
        await silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var stored = (await Node(silo.Grains, zone).GetAsync())!.Version;

        // What the clock-ahead activation published last: zero arrears, an hour ahead of what it stored.
        await Node(silo.Grains, tree.Project).ReportChildNodeTotalsAsync(zone, new VersionedTotals(stored + AnHourOfMilliseconds, Totals.Zero));
        await silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await household.IssueBillsAsync([Opening("2025-04", 200m)]);

        await Eventually.TrueAsync(async () => (await Node(silo.Grains, tree.Project).GetAsync())!.Totals.ArrearsPrincipal == 500m,
            TimeSpan.FromSeconds(15), "the zone's next activation is taken by the project");
    }
}
