using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class HouseholdGraphType : ObjectGraphType<HouseholdNode>
{
    public HouseholdGraphType(IGrainFactory grains)
    {
        Name = "Household";
        Description = "户: one household and its ledger.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("room").ResolveAsync(async c => c.Source.Listed?.Room ?? (await Profile(c)).Room);
        Field<NonNullGraphType<OwnerGraphType>>("owner").ResolveAsync(async c => c.Source.Listed is { } listed
            ? new Owner(listed.OwnerName, listed.Phones, listed.CustomerType)
            : Owner.Of(await Profile(c)));
        Field<NonNullGraphType<BooleanGraphType>>("vacant").ResolveAsync(async c => c.Source.Listed?.IsVacant ?? (await Profile(c)).IsVacant);
        Field<NonNullGraphType<DecimalGraphType>>("area").Description("Floor area in m².").ResolveAsync(async c => (await Profile(c)).Area);
        Field<CalendarDateGraphType>("moveInDate").ResolveAsync(async c => (await Profile(c)).MoveInDate);
        Field<NonNullGraphType<IdGraphType>>("projectId").ResolveAsync(async c => (await Profile(c)).ProjectId);
        Field<NonNullGraphType<OrgNodeGraphType>>("building").ResolveAsync(async c =>
            await grains.GetGrain<IOrgNodeGrain>(c.Source.Listed?.BuildingId ?? (await Profile(c)).BuildingId).GetAsync());
        Field<NonNullGraphType<ArrearsGraphType>>("arrears")
            .Description("Arrears on a day (today, China time, when not given).")
            .Argument<CalendarDateGraphType>("asOf")
            .ResolveAsync(async c => await Ledger(c).GetArrearsAsync(c.GetArgument<DateOnly?>("asOf")));
        Field<NonNullGraphType<MoneyGraphType>>("prepaid").ResolveAsync(async c => (await Ledger(c).GetArrearsAsync(null)).Prepaid);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillGraphType>>>>("bills")
            .Description("Every bill, oldest first, with what is due on the day.")
            .Argument<CalendarDateGraphType>("asOf")
            .ResolveAsync(async c => await Ledger(c).GetBillsAsync(c.GetArgument<DateOnly?>("asOf")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentGraphType>>>>("payments")
            .ResolveAsync(async c => await Ledger(c).GetPaymentsAsync());
        return;

        IHouseholdGrain Ledger(IResolveFieldContext<HouseholdNode> context) => grains.GetGrain<IHouseholdGrain>(context.Source.Id);

        async Task<HouseholdProfile> Profile(IResolveFieldContext<HouseholdNode> context) =>
            context.Source.Profile ?? await Ledger(context).GetProfileAsync()
            ?? throw Errors.ApiError.NotFound($"household {context.Source.Id} does not exist");
    }
}
