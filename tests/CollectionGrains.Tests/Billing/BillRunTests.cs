using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Billing.BillingFixtures;

namespace CollectionGrains.Tests.Billing;

public sealed class BillRunTests
{
    [Fact]
    public async Task A_bill_run_gives_every_household_exactly_its_bills_and_running_it_again_creates_nothing()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billrun"));
        var projectId = NewId("p");
        var project = silo.Grains.GetGrain<IBillingProjectGrain>(projectId);
        await project.SetChargeItemAsync(PropertyFee);
        await project.SetChargeItemAsync(Parking);

        await CreateBuildingAsync(silo.Grains, projectId);
        var occupied = NewId("h");
        var vacant = NewId("h");
        var noParking = NewId("h");
        await silo.Grains.GetGrain<IHouseholdGrain>(occupied).RegisterAsync(Household(projectId, occupied, area: 88.5m));
        await silo.Grains.GetGrain<IHouseholdGrain>(vacant).RegisterAsync(Household(projectId, vacant, area: 120m, vacant: true));
        await silo.Grains.GetGrain<IHouseholdGrain>(noParking).RegisterAsync(Household(projectId, noParking, area: 60m, vacant: false, "parking"));
        var period = Period.Parse("2026-06");

        var first = await project.RunBillingAsync(period);
        var second = await project.RunBillingAsync(period);

        Assert.Equal((3, 5, 0), (first.Households, first.BillsIssued, first.BillsAlreadyIssued));
        Assert.Equal((3, 0, 5), (second.Households, second.BillsIssued, second.BillsAlreadyIssued));
        Assert.Contains(first.Skipped, s => s.Contains(noParking) && s.Contains("opted out"));
        Assert.Equal([221.25m, 150m], await BillAmounts(silo, occupied));   // 88.5 m² × 2.50
        Assert.Equal([210.00m, 150m], await BillAmounts(silo, vacant));     // 120 m² × 2.50 × 70% vacant rate
        Assert.Equal([150.00m], await BillAmounts(silo, noParking));
        await BillingTables.WaitForAsync($"SELECT count(*) = 5 FROM billing.bill WHERE project_id = '{projectId}' AND period = '2026-06'");
    }

    [Fact]
    public async Task A_price_change_applies_from_its_effective_date()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billrun"));
        var projectId = NewId("p");
        var project = silo.Grains.GetGrain<IBillingProjectGrain>(projectId);
        await project.SetChargeItemAsync(PropertyFee);
        var householdId = NewId("h");
        await CreateBuildingAsync(silo.Grains, projectId);
        await silo.Grains.GetGrain<IHouseholdGrain>(householdId).RegisterAsync(Household(projectId, householdId, area: 100m));

        await project.RunBillingAsync(Period.Parse("2026-06"));
        await project.RunBillingAsync(Period.Parse("2026-07"));

        Assert.Equal([250m, 280m], await BillAmounts(silo, householdId));
    }

    [Fact]
    public async Task A_bad_charge_item_or_a_far_future_period_is_refused()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("billrun"));
        var project = silo.Grains.GetGrain<IBillingProjectGrain>(NewId("p"));
        var bad = await Assert.ThrowsAsync<LedgerRejectedException>(() =>
            project.SetChargeItemAsync(Parking with { DueDay = 40, Prices = [] }));
        Assert.Contains("dueDay", bad.Message);
        Assert.Contains("prices", bad.Message);
        Assert.Empty(await project.GetChargeItemsAsync());
        await Assert.ThrowsAsync<LedgerRejectedException>(() => project.RunBillingAsync(Period.Parse("2099-01")));
    }

    private static async Task<decimal[]> BillAmounts(TestSilo silo, string householdId) =>
        [.. (await silo.Grains.GetGrain<IHouseholdGrain>(householdId).GetBillsAsync(null))
            .OrderBy(b => b.Period).ThenByDescending(b => b.ItemCode).Select(b => b.Principal)];
}
