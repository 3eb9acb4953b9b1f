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
        var (project, household, host) = await PlacedHouseholdAsync(first, second);
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
            await host.StopAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => refused);
            Assert.True((await queued).AppliedNow);
        }

        // The caller of the refused payment was told it failed: it is not in the ledger, nor counted by the building.
        Assert.Equal(["pay-acknowledged", "pay-queued"], (await household.GetPaymentsAsync()).Select(p => p.PaymentId));
        var reconciliation = (host == first ? second : first).Grains.GetGrain<IReconciliationGrain>($"{project}-b1");
        await Eventually.TrueAsync(async () => (await reconciliation.ReconcileAsync(repair: false)).Differences.Count == 0,
            TimeSpan.FromSeconds(15), "the building counts what the ledger holds, not the refused payment");
    }

    /// <summary>
    /// A registered household, the silo its activation lives on (the one to stop) and the household as seen through
    /// the other silo. Placement may put it on either silo, so the one to stop is the one that holds it.
    /// </summary>
    private static async Task<(string Project, IHouseholdGrain Household, TestSilo Host)> PlacedHouseholdAsync(TestSilo first, TestSilo second)
    {
        var (project, householdId) = (NewId("p"), NewId("h"));
        await CreateBuildingAsync(second.Grains, project);
        await second.Grains.GetGrain<IHouseholdGrain>(householdId).RegisterAsync(Household(project, householdId));
        var (host, other) = await TestSilo.HostOfAsync(second.Grains.GetGrain<IHouseholdGrain>(householdId), first, second);
        return (project, other.Grains.GetGrain<IHouseholdGrain>(householdId), host);
    }
}
