using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Projects;

internal sealed class ChargeItemInputType : InputObjectGraphType
{
    public ChargeItemInputType()
    {
        Name = "ChargeItemInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The item's code in the project (e.g. WYF); the same code is the same item.");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<ChargeBasisGraphType>>("basis");
        Field<NonNullGraphType<BillingCycleGraphType>>("cycle");
        Field<NonNullGraphType<IntGraphType>>("dueDay").Description("The day of the month the bill falls due (1–31; a shorter month's last day).");
        Field<DecimalGraphType>("vacantRate").Description("0 to 1: the share a vacant unit pays; left out, vacant units pay in full.");
        Field<NonNullGraphType<DecimalGraphType>>("unitPrice");
    }
}

internal sealed class SetChargeItemsInputType : InputObjectGraphType
{
    public SetChargeItemsInputType()
    {
        Name = "SetChargeItemsInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChargeItemInputType>>>>("items");
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom").Description("The first day of a month not billed yet: the first period the new terms bill.");
    }
}

internal sealed class SetLateFeePolicyInputType : InputObjectGraphType
{
    public SetLateFeePolicyInputType()
    {
        Name = "SetLateFeePolicyInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<DecimalGraphType>>("dailyRate").Description("0 to 0.01; 0.0005 is 万分之五 a day.");
        Field<NonNullGraphType<IntGraphType>>("graceDays");
        Field<NonNullGraphType<BooleanGraphType>>("capAtPrincipal");
        Field<DecimalGraphType>("annualCeilingMultiple").Description("With referenceAnnualRate: the yearly rate never exceeds this multiple of it (e.g. 4 × LPR).");
        Field<DecimalGraphType>("referenceAnnualRate");
        Field<AllocationOrderGraphType>("allocationOrder").Description("LATE_FEE_FIRST when left out.");
        Field<MoneyGraphType>("waiverLimit").Description("500.00 when left out.");
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom").Description("A later day than today: days already accrued keep their rate.");
    }
}
