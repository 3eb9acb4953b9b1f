using CollectionGrains.Billing;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Billing.BillingFixtures;

namespace CollectionGrains.Tests.Billing;

public sealed class HouseholdGrainTests
{
    [Fact]
    public async Task An_acknowledged_payment_survives_a_silo_restart_and_is_in_the_billing_tables_once()
    {
        var clusterId = TestSilo.NewClusterId("billing");
        var (project, householdId, paymentId) = (NewId("p"), NewId("h"), NewId("pay"));
        PaymentReceipt receipt;
        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
            await CreateBuildingAsync(silo.Grains, project);
            await household.RegisterAsync(Household(project, householdId));
            await household.IssueBillsAsync([Opening("2025-01", 250m), Opening("2025-02", 250m)]);
            receipt = await household.RecordPaymentAsync(Payment(paymentId, 300m));
            Assert.True(receipt.AppliedNow);
        }

        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
            var payments = await household.GetPaymentsAsync();
            var stored = Assert.Single(payments);
            Assert.Equal(receipt.Allocations, stored.Allocations);
            var again = await household.RecordPaymentAsync(Payment(paymentId, 300m) with { PaidAt = stored.PaidAt });
            Assert.False(again.AppliedNow);
        }

        await BillingTables.WaitForAsync($"SELECT count(*) = 1 FROM billing.payment WHERE payment_id = '{paymentId}'");
        await BillingTables.WaitForAsync(
            $"SELECT sum(late_fee + principal) = 300 FROM billing.effective_allocation WHERE household_id = '{householdId}'");
    }

    [Fact]
    public async Task The_same_payment_sent_many_times_at_once_is_applied_once()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billing"));
        var (project, householdId, paymentId) = (NewId("p"), NewId("h"), NewId("pay"));
        var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
        await CreateBuildingAsync(silo.Grains, project);
        await household.RegisterAsync(Household(project, householdId));
        await household.IssueBillsAsync([Opening("2025-03", 500m)]);
        var payment = Payment(paymentId, 120.50m);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => household.RecordPaymentAsync(payment)));

        Assert.Single(receipts, r => r.AppliedNow);
        Assert.All(receipts, r => Assert.Equal(receipts[0].Allocations, r.Allocations));
        Assert.Single(await household.GetPaymentsAsync());
        await BillingTables.WaitForAsync($"SELECT count(*) = 1 FROM billing.payment WHERE payment_id = '{paymentId}'");

        var conflict = await Assert.ThrowsAsync<LedgerRejectedException>(() => household.RecordPaymentAsync(payment with { Amount = 99m }));
        Assert.Equal(LedgerErrorCode.Conflict, conflict.Code);
        Assert.Single(await household.GetPaymentsAsync());
    }

    [Fact]
    public async Task A_reversal_brings_the_arrears_back_and_the_tables_agree_with_the_ledger()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billing"));
        var (project, householdId) = (NewId("p"), NewId("h"));
        var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
        await CreateBuildingAsync(silo.Grains, project);
        await household.RegisterAsync(Household(project, householdId));
        await household.IssueBillsAsync([Opening("2025-05", 300m)]);
        var before = await household.GetArrearsAsync(null);
        await household.RecordPaymentAsync(Payment("pay-1", before.Total + 50m));
        Assert.Equal(0m, (await household.GetArrearsAsync(null)).Total);
        Assert.Equal(50m, (await household.GetArrearsAsync(null)).Prepaid);

        var reversed = await household.ReversePaymentAsync("pay-1", "bank withholding bounced");

        Assert.True(reversed.Reversed);
        var after = await household.GetArrearsAsync(null);
        Assert.Equal(before.Principal, after.Principal);
        Assert.Equal(0m, after.Prepaid);
        await BillingTables.WaitForAsync($"SELECT count(*) = 1 FROM billing.payment_reversal WHERE household_id = '{householdId}'");
        Assert.Equal(0m, await TestPostgres.ScalarAsync<decimal>(
            "SELECT coalesce(sum(late_fee + principal), 0) FROM billing.effective_allocation WHERE household_id = @h", ("h", householdId)));
        var notFound = await Assert.ThrowsAsync<LedgerRejectedException>(() => household.ReversePaymentAsync("no-such", "x"));
        Assert.Equal(LedgerErrorCode.NotFound, notFound.Code);
    }

    [Fact]
    public async Task An_unregistered_household_is_not_found_and_a_bad_profile_is_refused()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billing"));
        var householdId = NewId("h");
        var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
        Assert.Equal(LedgerErrorCode.NotFound,
            (await Assert.ThrowsAsync<LedgerRejectedException>(() => household.RecordPaymentAsync(Payment("x", 1m)))).Code);
        var bad = await Assert.ThrowsAsync<LedgerRejectedException>(() => household.RegisterAsync(Household("p", householdId, area: -3m)));
        Assert.Contains("area", bad.Message);
        Assert.Null(await household.GetProfileAsync());
    }

    [Fact]
    public async Task A_payment_at_the_counter_the_first_channel_still_reads_back_after_a_restart()
    {
        var clusterId = TestSilo.NewClusterId("billing");
        var (project, householdId) = (NewId("p"), NewId("h"));
        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            await CreateBuildingAsync(silo.Grains, project);
            var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
            await household.RegisterAsync(Household(project, householdId));
            await household.RecordPaymentAsync(Payment("counter-1", 80m) with { Channel = PaymentChannel.Counter });
        }

        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            var payment = Assert.Single(await silo.Grains.GetGrain<IHouseholdGrain>(householdId).GetPaymentsAsync());
            Assert.Equal(("counter-1", PaymentChannel.Counter, 80m), (payment.PaymentId, payment.Channel, payment.Amount));
        }
    }

    [Fact]
    public async Task A_household_only_joins_a_building_that_exists_and_a_missing_node_refuses_reports()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billing"));
        var project = NewId("p");
        await CreateBuildingAsync(silo.Grains, project);
        var householdId = NewId("h");
        var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);

        var unknown = await Assert.ThrowsAsync<LedgerRejectedException>(() => household.RegisterAsync(Household(project, householdId) with { BuildingId = $"{project}-b9" }));
        var zone = await Assert.ThrowsAsync<LedgerRejectedException>(() => household.RegisterAsync(Household(project, householdId) with { BuildingId = $"{project}-z" }));

        Assert.Equal((LedgerErrorCode.NotFound, LedgerErrorCode.BadInput), (unknown.Code, zone.Code));
        Assert.Contains($"no building {project}-b9", unknown.Message);
        Assert.Null(await household.GetProfileAsync());
        await Assert.ThrowsAsync<OrganisationRejectedException>(() => silo.Grains.GetGrain<IOrgNodeGrain>($"{project}-b9")
            .ReportChildTotalsAsync(householdId, new VersionedTotals(1, Totals.Zero)));
        Assert.True(await household.RegisterAsync(Household(project, householdId)));
    }
}
