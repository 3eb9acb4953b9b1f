using CollectionGrains.Billing;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Billing.BillingFixtures;

namespace CollectionGrains.Tests.Billing;

/// <summary>A household's write that PostgreSQL fails leaves nothing behind: not in its ledger, tables or building.</summary>
public sealed class FailedWriteTests
{
    [Fact]
    public async Task A_payment_whose_write_failed_reaches_neither_the_building_nor_the_tables_while_earlier_work_is_under_way()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billing"));
        var (project, householdId) = (NewId("p"), NewId("h"));
        var buildingId = $"{project}-b1";
        var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
        await CreateBuildingAsync(silo.Grains, project);
        await household.RegisterAsync(Household(project, householdId));
        await household.IssueBillsAsync([Opening("2025-01", 500m)]);

        await using (var grainState = await TableFaults.OnGrainStateAsync())
        await using (var paymentRows = await TableFaults.StartAsync("billing.payment", "household_id"))
        {
            // The building cannot persist and the payment's row is slow to write, so after this payment the household
            // keeps retrying its report and is still copying its outbox, both in the background.
            await grainState.FailAsync(buildingId, wait: TimeSpan.FromSeconds(1.5));
            await paymentRows.DelayAsync(householdId, wait: TimeSpan.FromSeconds(3));
            Assert.True((await household.RecordPaymentAsync(Payment("pay-acknowledged", 100m))).AppliedNow);

            // The household's own write waits 5 s, then fails: meanwhile the background work resumes with the payment
            // applied in memory but not stored.
            await grainState.FailAsync(householdId, wait: TimeSpan.FromSeconds(5));
            await Assert.ThrowsAnyAsync<Exception>(() => household.RecordPaymentAsync(Payment("pay-failed", 70m)));
        }

        var payments = await household.GetPaymentsAsync();
        Assert.Equal(["pay-acknowledged"], payments.Select(p => p.PaymentId));
        var reconciliation = silo.Grains.GetGrain<IReconciliationGrain>(buildingId);
        await Eventually.TrueAsync(async () => (await reconciliation.ReconcileAsync(repair: false)).Differences.Count == 0,
            TimeSpan.FromSeconds(15), "the building counts what the ledger holds");
        await BillingTables.WaitForAsync($"SELECT array_agg(payment_id::text) = ARRAY['pay-acknowledged'] FROM billing.payment WHERE household_id = '{householdId}'");
    }

    [Fact]
    public async Task A_node_whose_stored_version_moved_on_reloads_and_stores_what_its_children_report()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billing"));
        var (project, householdId) = (NewId("p"), NewId("h"));
        var (buildingId, zoneId) = ($"{project}-b1", $"{project}-z");
        var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
        var building = silo.Grains.GetGrain<IOrgNodeGrain>(buildingId);
        await CreateBuildingAsync(silo.Grains, project);
        await household.RegisterAsync(Household(project, householdId));
        await household.IssueBillsAsync([Opening("2025-01", 500m)]);

        // Another writer, or a write whose answer was lost: the stored version is not the one the zone read. Nothing
        // waits for a zone's writes (a building's report is not acknowledged by them), so only the zone sees the conflict.
        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>($"""
            WITH moved AS (UPDATE orleans_grain_state SET version = version + 1
                            WHERE grain_type = 'orgNode' AND grain_key = '{zoneId}' RETURNING 1)
            SELECT count(*) FROM moved
            """));
        await household.RecordPaymentAsync(Payment("pay-1", 100m));
        var contribution = await household.GetContributionAsync();

        await Eventually.TrueAsync(async () => await building.GetAsync() is { } view && view.Totals.SameAs(contribution)
                && await TestPostgres.ScalarAsync<bool>($$"""
                    SELECT (convert_from(payload, 'UTF8')::jsonb #>> '{Children,Latest,{{buildingId}},0}')::bigint = {{view.Version}}
                      FROM orleans_grain_state WHERE grain_type = 'orgNode' AND grain_key = '{{zoneId}}'
                    """),
            TimeSpan.FromSeconds(15), "the zone stores the building's latest report");
    }

    [Fact]
    public async Task A_node_that_closes_without_persisting_has_its_child_nodes_report_again_to_the_next_activation()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billing"));
        var (project, householdId) = (NewId("p"), NewId("h"));
        var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
        var management = silo.Grains.GetGrain<IManagementGrain>(0);
        await CreateBuildingAsync(silo.Grains, project);
        await household.RegisterAsync(Household(project, householdId));
        await household.IssueBillsAsync([Opening("2025-01", 500m)]);
        await household.RecordPaymentAsync(Payment("pay-1", 100m));
        await household.RefreshTotalsAsync();
        // Every activation closes cleanly, so the zone's stored state says nothing was left unpersisted.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await management.ForceActivationCollection(TimeSpan.Zero);

        await using (var faults = await TableFaults.OnGrainStateAsync())
        {
            await faults.FailAsync($"{project}-z", wait: TimeSpan.Zero);
            await household.RecordPaymentAsync(Payment("pay-2", 50m));
            await household.RefreshTotalsAsync();
            await Task.Delay(TimeSpan.FromSeconds(1)); // the building publishes to the zone, which cannot persist it
            await management.ForceActivationCollection(TimeSpan.Zero);
        }

        var reconciliation = silo.Grains.GetGrain<IReconciliationGrain>($"{project}-g");
        await Eventually.TrueAsync(async () => (await reconciliation.ReconcileAsync(repair: false)).Differences.Count == 0,
            TimeSpan.FromSeconds(15), "the zone's next activation counts the building's latest report");
    }
}
