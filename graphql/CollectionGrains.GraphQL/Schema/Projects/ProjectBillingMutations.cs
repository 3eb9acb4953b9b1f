using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Projects;

/// <summary>
/// A project's billing terms through the API, by finance and the group admin: charge items from a month not yet billed
/// on, and the late-fee policy from a later day on. Both answer with the project's whole schedule.
/// </summary>
internal static class ProjectBillingMutations
{
    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains)
    {
        var access = FieldAccess.FinanceOnly.InScopeOf(ScopeCheck.Node("input.projectId"));
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChargeItemGraphType>>>>("setChargeItems").Allow(access)
            .Description("New terms (basis, cycle, due day, vacant rate, price) of some charge items from the first day of a month not billed yet; answers every version of every item.")
            .Argument<NonNullGraphType<SetChargeItemsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var project = await ProjectAsync(grains, input);
                var items = ((IEnumerable<object?>)input["items"]!).Cast<Dictionary<string, object?>>().Select(Item).ToList();
                return await project.SetChargeItemsAsync(items, (DateOnly)input["effectiveFrom"]!);
            });
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LateFeePolicyGraphType>>>>("setLateFeePolicy").Allow(access)
            .Description("The late-fee policy from a later day on (违约金: rate, grace, cap, ceiling, order, waiver limit); answers the policies over time.")
            .Argument<NonNullGraphType<SetLateFeePolicyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var project = await ProjectAsync(grains, input);
                var policy = new LateFeePolicy(
                    (decimal)input["dailyRate"]!, (int)input["graceDays"]!, (bool)input["capAtPrincipal"]!,
                    (decimal?)input.GetValueOrDefault("annualCeilingMultiple"), (decimal?)input.GetValueOrDefault("referenceAnnualRate"),
                    (AllocationOrder?)input.GetValueOrDefault("allocationOrder") ?? AllocationOrder.LateFeeFirst,
                    (decimal?)input.GetValueOrDefault("waiverLimit") ?? LateFeePolicy.DefaultWaiverLimit);
                return (await project.SchedulePolicyAsync(policy, (DateOnly)input["effectiveFrom"]!)).Versions;
            });
    }

    private static ChargeItem Item(Dictionary<string, object?> item) => new(
        Text(item, "code", 40).Trim(), Text(item, "name", 100).Trim(), (ChargeBasis)item["basis"]!, (BillingCycle)item["cycle"]!,
        (int)item["dueDay"]!, (decimal?)item.GetValueOrDefault("vacantRate"), [new PriceVersion(default, (decimal)item["unitPrice"]!)]);

    /// <summary>The billing grain of the project named by the input (the access check found the node in scope).</summary>
    private static async Task<IBillingProjectGrain> ProjectAsync(IGrainFactory grains, Dictionary<string, object?> input)
    {
        var projectId = (string)input["projectId"]!;
        if (await grains.GetGrain<IOrgNodeGrain>(projectId).GetAsync() is not { Info.Level: OrgLevel.Project })
        {
            throw ApiError.BadInput($"{projectId} is not a project: charge items and late-fee policies are a project's");
        }
        return grains.GetGrain<IBillingProjectGrain>(projectId);
    }
}
