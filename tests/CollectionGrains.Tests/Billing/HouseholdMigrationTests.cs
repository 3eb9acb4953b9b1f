using CollectionGrains.Billing;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Billing.BillingFixtures;

namespace CollectionGrains.Tests.Billing;

/// <summary>
/// A silo that shuts down hands its busy activations, with their queued calls, to another silo (Orleans' migration on
/// shutdown). A household's memory may hold a payment storage refused: what continues elsewhere must not.
/// </summary>
public sealed class HouseholdMigrationTests
{
    [Fact]
    public async Task A_household_handed_to_another_silo_after_a_failed_write_starts_from_what_storage_holds()
    {
        var clusterId = TestSilo.NewClusterId("migration");
        await using var first = await TestSilo.StartAsync(clusterId);
        await using var second = await TestSilo.StartAsync(clusterId);
        var (project, household) = await HouseholdOnAsync(first, second.Grains);
        await household.IssueBillsAsync([Opening("2025-01", 500m)]);
        Assert.True((await household.RecordPaymentAsync(Payment("pay-acknowledged", 100m))).AppliedNow);

        await using (var faults = await TableFaults.OnGrainStateAsync())
        {
            // The household's next write waits 3 s, then fails; the writes after it go through. While it waits, a second
            // payment queues behind it and the silo shuts down: the activation, its memory holding the refused payment,
            // migrates with its queued call.
            await faults.FailAsync(household.GetPrimaryKeyString(), wait: TimeSpan.FromSeconds(3));
            var refused = household.RecordPaymentAsync(Payment("pay-refused", 70m));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await faults.DelayAsync(household.GetPrimaryKeyString(), wait: TimeSpan.Zero);
            var queued = household.RecordPaymentAsync(Payment("pay-queued", 30m));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await first.StopAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => refused);
            Assert.True((await queued).AppliedNow);
        }

        // The caller of the refused payment was told it failed: it is not in the ledger, nor counted by the building.
        Assert.Equal(["pay-acknowledged", "pay-queued"], (await household.GetPaymentsAsync()).Select(p => p.PaymentId));
        var reconciliation = second.Grains.GetGrain<IReconciliationGrain>($"{project}-b1");
        await Eventually.TrueAsync(async () => (await reconciliation.ReconcileAsync(repair: false)).Differences.Count == 0,
            TimeSpan.FromSeconds(15), "the building counts what the ledger holds, not the refused payment");
    }

    /// <summary>
    /// A registered household whose activation lives on <paramref name="host"/>; later calls go through the other silo.
    /// It is first called from the host itself: placement weighs the silos' load and prefers the caller's silo when
    /// they are alike, so a household first called through the other silo seldom lands on the host.
    /// </summary>
    private static async Task<(string Project, IHouseholdGrain Household)> HouseholdOnAsync(TestSilo host, IGrainFactory grains)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var (project, householdId) = (NewId("p"), NewId("h"));
            await CreateBuildingAsync(grains, project);
            await host.Grains.GetGrain<IHouseholdGrain>(householdId).RegisterAsync(Household(project, householdId));
            var household = grains.GetGrain<IHouseholdGrain>(householdId);
            if (host.Address.Equals(await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(household)))
            {
                return (project, household);
            }
        }
        throw new InvalidOperationException("no household was placed on the silo that is to shut down");
    }
}
