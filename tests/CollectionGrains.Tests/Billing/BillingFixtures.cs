using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

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

    /// <summary>
    /// The building <see cref="Household"/> places a project's households in (<c>{projectId}-b1</c>), with the nodes
    /// above it: a household may only belong to a building that exists.
    /// </summary>
    public static async Task CreateBuildingAsync(IGrainFactory grains, string projectId)
    {
        (string Id, OrgLevel Level, string? Parent)[] path =
        [
            ($"{projectId}-g", OrgLevel.Group, null), ($"{projectId}-r", OrgLevel.Region, $"{projectId}-g"),
            ($"{projectId}-br", OrgLevel.Branch, $"{projectId}-r"), (projectId, OrgLevel.Project, $"{projectId}-br"),
            ($"{projectId}-z", OrgLevel.Zone, projectId), ($"{projectId}-b1", OrgLevel.Building, $"{projectId}-z"),
        ];
        foreach (var (id, level, parent) in path)
        {
            await grains.GetGrain<IOrgNodeGrain>(id).CreateAsync(id, level, parent);
        }
    }
}
