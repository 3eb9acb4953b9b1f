using CollectionGrains.Billing;
using CollectionGrains.Billing.Charges;
using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Billing;

public sealed class ChargeCalculatorTests
{
    private static readonly HouseholdProfile Home = BillingFixtures.Household("p", "h", area: 100m);

    private static ChargeItem Item(ChargeBasis basis, BillingCycle cycle, decimal price) =>
        new("item", "item", basis, cycle, 10, null, [new PriceVersion(new DateOnly(2020, 1, 1), price)]);

    [Theory]
    [InlineData(BillingCycle.Quarterly, "2026-04", 750.00)]   // 100 m² × 2.50 × 3 months
    [InlineData(BillingCycle.Quarterly, "2026-05", null)]     // not a quarter's first month
    [InlineData(BillingCycle.Yearly, "2026-01", 3000.00)]
    [InlineData(BillingCycle.Yearly, "2026-02", null)]
    public void A_cycle_bills_its_months_in_its_first_month(BillingCycle cycle, string period, double? expected)
    {
        var (bill, _) = ChargeCalculator.Draft(Item(ChargeBasis.PerSquareMetre, cycle, 2.50m), Home, Period.Parse(period), []);
        Assert.Equal(expected is null ? null : (decimal)expected, bill?.Amount);
    }

    [Fact]
    public void A_metered_item_bills_consumption_between_readings_and_reports_missing_readings()
    {
        var water = Item(ChargeBasis.Metered, BillingCycle.Monthly, 4.20m) with { Code = "water" };
        MeterReading[] readings = [new("water", new DateOnly(2026, 9, 30), 1200.5m), new("water", new DateOnly(2026, 10, 31), 1218.0m)];

        var (october, _) = ChargeCalculator.Draft(water, Home, Period.Parse("2026-10"), readings);
        var (november, skipped) = ChargeCalculator.Draft(water, Home, Period.Parse("2026-11"), readings);

        Assert.Equal(73.50m, october!.Amount);   // 17.5 m³ × 4.20
        Assert.Equal(new DateOnly(2026, 10, 10), october.DueDate);
        Assert.Null(november);
        Assert.Contains("meter readings", skipped);
    }

    [Fact]
    public void Not_billed_before_move_in_or_when_opted_out()
    {
        var fee = Item(ChargeBasis.Fixed, BillingCycle.Monthly, 150m);
        Assert.Null(ChargeCalculator.Draft(fee, Home with { MoveInDate = new DateOnly(2026, 12, 1) }, Period.Parse("2026-11"), []).Bill);
        Assert.Contains("opted out", ChargeCalculator.Draft(fee, Home with { OptedOutItems = ["item"] }, Period.Parse("2026-11"), []).Skipped);
    }
}
