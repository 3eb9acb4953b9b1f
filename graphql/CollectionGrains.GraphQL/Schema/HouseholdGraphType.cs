using CollectionGrains.GraphQL.Access;
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
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("room").Allow(FieldAccess.Readers).ResolveAsync(async c => c.Source.Listed?.Room ?? (await Profile(c)).Room);
        Field<NonNullGraphType<OwnerGraphType>>("owner").Allow(FieldAccess.Readers).ResolveAsync(async c => c.Source.Listed is { } listed
            ? new Owner(listed.OwnerName, listed.Phones, listed.CustomerType)
            : Owner.Of(await Profile(c)));
        Field<NonNullGraphType<BooleanGraphType>>("vacant").Allow(FieldAccess.Readers).ResolveAsync(async c => c.Source.Listed?.IsVacant ?? (await Profile(c)).IsVacant);
        Field<NonNullGraphType<DecimalGraphType>>("area").Allow(FieldAccess.Readers).Description("Floor area in m².").ResolveAsync(async c => (await Profile(c)).Area);
        Field<CalendarDateGraphType>("moveInDate").Allow(FieldAccess.Readers).ResolveAsync(async c => (await Profile(c)).MoveInDate);
        Field<NonNullGraphType<IdGraphType>>("projectId").Allow(FieldAccess.Readers).ResolveAsync(async c => (await Profile(c)).ProjectId);
        Field<NonNullGraphType<OrgNodeGraphType>>("building").Allow(FieldAccess.Readers).ResolveAsync(async c =>
            await grains.GetGrain<IOrgNodeGrain>(c.Source.Listed?.BuildingId ?? (await Profile(c)).BuildingId).GetAsync());
        Field<NonNullGraphType<ArrearsGraphType>>("arrears").Allow(FieldAccess.Readers)
            .Description("Arrears on a day (today, China time, when not given).")
            .Argument<CalendarDateGraphType>("asOf")
            .ResolveAsync(async c => await Ledger(c).GetArrearsAsync(c.GetArgument<DateOnly?>("asOf")));
        Field<NonNullGraphType<MoneyGraphType>>("prepaid").Allow(FieldAccess.Readers).ResolveAsync(async c => (await Ledger(c).GetArrearsAsync(null)).Prepaid);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillGraphType>>>>("bills").Allow(FieldAccess.Readers)
            .Description("Every bill, oldest first, with what is due on the day.")
            .Argument<CalendarDateGraphType>("asOf")
            .ResolveAsync(async c => await Ledger(c).GetBillsAsync(c.GetArgument<DateOnly?>("asOf")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentGraphType>>>>("payments").Allow(FieldAccess.Readers)
            .ResolveAsync(async c => await Ledger(c).GetPaymentsAsync());
        Field<NonNullGraphType<Collection.CollectionCaseGraphType>>("collection").Allow(FieldAccess.Readers)
            .Description("The household's collection case: task, class, promise, contacts, legacy issues.")
            .ResolveAsync(async c => await grains.GetGrain<CollectionGrains.Collection.IHouseholdCaseGrain>(c.Source.Id).GetAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Service.ServiceOrderGraphType>>>>("serviceOrders").Allow(FieldAccess.Readers)
            .Description("The household's service orders (服务工单), oldest first.")
            .ResolveAsync(async c => await grains.GetGrain<CollectionGrains.Service.IHouseholdServiceGrain>(c.Source.Id).GetOrdersAsync());
        Field<StringGraphType>("doorQrToken").Allow(FieldAccess.Managers)
            .Description("门牌二维码: the signed code for the household's door label, which a visit must scan. Supervisors and above only: a collector never reads it, or the proof would prove nothing.")
            .ResolveAsync(async c => await grains.GetGrain<CollectionGrains.Collection.IHouseholdCaseGrain>(c.Source.Id).GetDoorCodeAsync());
        Field<NonNullGraphType<Outreach.PayLinkGraphType>>("payLink").Allow(FieldAccess.Readers)
            .Description("A fresh signed pay link of the household (and its QR code) for the owner to pay what they owe.")
            .ResolveAsync(async c => await grains.GetGrain<CollectionGrains.Outreach.IHouseholdOutreachGrain>(
                await Outreach.OutreachMutations.HouseholdAsync(grains, c.Source.Id)).GetPayLinkAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Outreach.NoticeGraphType>>>>("notices").Allow(FieldAccess.Readers)
            .Description("The notices and letters issued to the household, newest first.")
            .ResolveAsync(async c => await grains.GetGrain<CollectionGrains.Outreach.IHouseholdOutreachGrain>(c.Source.Id).GetNoticesAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Outreach.LegalStepRequestGraphType>>>>("legalSteps").Allow(FieldAccess.Readers)
            .Description("The household's legal steps (律师函 → 公示 → 报总经理 → 起诉), oldest first.")
            .ResolveAsync(async c => await grains.GetGrain<CollectionGrains.Outreach.IHouseholdOutreachGrain>(c.Source.Id).GetLegalStepsAsync());
        Field<NonNullGraphType<Outreach.LimitationGraphType>>("limitation").Allow(FieldAccess.Readers)
            .Description("诉讼时效 of the unpaid bills: the earliest expiry and a warning 90 days before.")
            .ResolveAsync(async c => await grains.GetGrain<CollectionGrains.Outreach.IHouseholdOutreachGrain>(
                await Outreach.OutreachMutations.HouseholdAsync(grains, c.Source.Id)).GetLimitationAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Outreach.MessageChannelGraphType>>>>("messageOptOuts").Allow(FieldAccess.Readers)
            .Description("The message channels the owner opted out of (PIPL).")
            .ResolveAsync(async c => await grains.GetGrain<CollectionGrains.Outreach.IHouseholdOutreachGrain>(c.Source.Id).GetOptOutsAsync());
        Customers.CustomerFields.AddToHousehold(this, grains);
        return;

        IHouseholdGrain Ledger(IResolveFieldContext<HouseholdNode> context) => grains.GetGrain<IHouseholdGrain>(context.Source.Id);

        async Task<HouseholdProfile> Profile(IResolveFieldContext<HouseholdNode> context) =>
            context.Source.Profile ?? await Ledger(context).GetProfileAsync()
            ?? throw Errors.ApiError.UnknownHousehold(context.Source.Id);
    }
}
