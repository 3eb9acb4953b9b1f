using CollectionGrains.Billing;
using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Billing;

/// <summary>Households, charge items and payments for the Billing grain tests; ids are unique per test run.</summary>
public static class BillingFixtures
{
    public static readonly ChargeItem PropertyFee = new("property", "物业费", ChargeBasis.PerSquareMetre, BillingCycle.Monthly, 15, 0.7m,
        [new PriceVersion(new DateOnly(2020, 1, 1), 2.50m), new PriceVersion(new DateOnly(2026, 7, 1), 2.80m)]);

    public static readonly ChargeItem Parking = new("parking", "车位管理费", ChargeBasis.Fixed, BillingCycle.Monthly, 15, null,
        [new PriceVersion(new DateOnly(2020, 1, 1), 150m)]);

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static HouseholdProfile Household(string projectId, string householdId, decimal area = 100m, bool vacant = false,
        params string[] optedOut) =>
        new(householdId, projectId, $"{projectId}-b1", "1-101", area, "张伟", CustomerType.Individual, ["13800138000"], vacant, null, optedOut);

    public static PaymentRequest Payment(string id, decimal amount) =>
        new(id, amount, PaymentChannel.WeChatPay, DateTimeOffset.UtcNow.ToOffset(BusinessCalendar.Offset));

    public static BillDraft Opening(string period, decimal amount) =>
        new("property", "物业费", Period.Parse(period), Period.Parse(period).Day(15), amount);
}
