using CollectionGrains.Billing;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Billing.BillingFixtures;
using static CollectionGrains.Tests.Organisation.OrgTree;

namespace CollectionGrains.Tests.Organisation;

public sealed class DailyRefreshTests
{
    [Fact]
    public async Task When_days_pass_the_daily_refresh_brings_late_fees_into_the_totals_that_reconciliation_finds_stale_till_then_and_is_scheduled_durably()
    {
        var clock = new ShiftedClock();
        var clusterId = TestSilo.NewClusterId("daily");
        await using var silo = await TestSilo.StartAsync(clusterId, clock: clock);
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var project = silo.Grains.GetGrain<IBillingProjectGrain>(tree.Project);
        await project.SetChargeItemAsync(Parking);
        var id = NewId("h");
        await silo.Grains.GetGrain<IHouseholdGrain>(id).RegisterAsync(Household(tree.Project, id) with { BuildingId = tree.Buildings[0] });
        await silo.Grains.GetGrain<IHouseholdGrain>(id).IssueBillsAsync([Opening("2025-09", 1000m)]);
        await Eventually.TrueAsync(async () => (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.ArrearsPrincipal == 1000m,
            TimeSpan.FromSeconds(10), "the arrears reached the group");
        var lateFeesBefore = (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.LateFees;

        clock.Shift = TimeSpan.FromDays(10);
        // Until the refresh, the building holds the totals of ten days ago: exact for that day, stale, not a difference.
        var reconciliation = silo.Grains.GetGrain<IReconciliationGrain>(tree.Group);
        var beforeRefresh = await reconciliation.ReconcileAsync(repair: false);
        Assert.True(beforeRefresh.Differences.Count == 0, string.Join("; ", beforeRefresh.Differences));
        Assert.Equal(1, beforeRefresh.StaleHouseholds);
        Assert.Equal(1, await project.RefreshTotalsAsync());

        // 10 more days of 0.05% a day on 1000 of overdue principal.
        await Eventually.TrueAsync(async () => (await Node(silo.Grains, tree.Group).GetAsync())!.Totals.LateFees == lateFeesBefore + 5.00m,
            TimeSpan.FromSeconds(10), "the group's late fees grew by ten days' accrual");
        var afterRefresh = await reconciliation.ReconcileAsync(repair: false);
        Assert.Equal((0, 0), (afterRefresh.Differences.Count, afterRefresh.StaleHouseholds));
        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_reminder WHERE service_id = @service AND reminder_name = 'daily-refresh'", ("service", clusterId)));
        await TestPostgres.ExecuteAsync($"DELETE FROM orleans_reminder WHERE service_id = '{clusterId}'");
    }
}
