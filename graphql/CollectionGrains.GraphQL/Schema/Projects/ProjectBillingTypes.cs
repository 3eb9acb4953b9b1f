using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Projects;

internal sealed class ChargeBasisGraphType : EnumerationGraphType<ChargeBasis>
{
    public ChargeBasisGraphType() => Name = "ChargeBasis";
}

internal sealed class BillingCycleGraphType : EnumerationGraphType<BillingCycle>
{
    public BillingCycleGraphType() => Name = "BillingCycle";
}

internal sealed class AllocationOrderGraphType : EnumerationGraphType<AllocationOrder>
{
    public AllocationOrderGraphType() => Name = "AllocationOrder";
}

/// <summary>One version of a charge item (收费方案): its terms and its prices, in effect from its first price's date.</summary>
internal sealed class ChargeItemGraphType : ObjectGraphType<ChargeItem>
{
    public ChargeItemGraphType()
    {
        Name = "ChargeItem";
        Field<NonNullGraphType<StringGraphType>>("code").Allow(FieldAccess.Readers).Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Allow(FieldAccess.Readers).Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ChargeBasisGraphType>>("basis").Allow(FieldAccess.Readers).Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<BillingCycleGraphType>>("cycle").Allow(FieldAccess.Readers).Resolve(c => c.Source.Cycle);
        Field<NonNullGraphType<IntGraphType>>("dueDay").Allow(FieldAccess.Readers).Resolve(c => c.Source.DueDay);
        Field<DecimalGraphType>("vacantRate").Allow(FieldAccess.Readers).Description("0.7 bills a vacant unit 70%.").Resolve(c => c.Source.VacantRate);
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom").Allow(FieldAccess.Readers)
            .Description("The first day this version bills (periods starting then or later).").Resolve(c => c.Source.Prices.Min(p => p.EffectiveFrom));
        Field<NonNullGraphType<DecimalGraphType>>("unitPrice").Allow(FieldAccess.Readers)
            .Description("The latest price of this version (per m² a month, per cycle, or per unit metered).").Resolve(c => c.Source.Prices.MaxBy(p => p.EffectiveFrom)!.UnitPrice);
    }
}

/// <summary>A late-fee policy (违约金) in effect from a day on.</summary>
internal sealed class LateFeePolicyGraphType : ObjectGraphType<LateFeePolicyVersion>
{
    public LateFeePolicyGraphType()
    {
        Name = "LateFeePolicy";
        Field<CalendarDateGraphType>("effectiveFrom").Allow(FieldAccess.Readers).Description("Null for the first policy (from the beginning).")
            .Resolve(c => c.Source.EffectiveFrom == DateOnly.MinValue ? null : c.Source.EffectiveFrom);
        Field<NonNullGraphType<DecimalGraphType>>("dailyRate").Allow(FieldAccess.Readers).Description("0.0005 is 万分之五 a day.").Resolve(c => c.Source.Policy.DailyRate);
        Field<NonNullGraphType<IntGraphType>>("graceDays").Allow(FieldAccess.Readers).Resolve(c => c.Source.Policy.GraceDays);
        Field<NonNullGraphType<BooleanGraphType>>("capAtPrincipal").Allow(FieldAccess.Readers).Resolve(c => c.Source.Policy.CapAtPrincipal);
        Field<DecimalGraphType>("annualCeilingMultiple").Allow(FieldAccess.Readers).Resolve(c => c.Source.Policy.AnnualCeilingMultiple);
        Field<DecimalGraphType>("referenceAnnualRate").Allow(FieldAccess.Readers).Resolve(c => c.Source.Policy.ReferenceAnnualRate);
        Field<NonNullGraphType<AllocationOrderGraphType>>("allocationOrder").Allow(FieldAccess.Readers).Resolve(c => c.Source.Policy.Order);
        Field<NonNullGraphType<MoneyGraphType>>("waiverLimit").Allow(FieldAccess.Readers)
            .Description("A waiver forgiving more than this needs a second person's approval.").Resolve(c => c.Source.Policy.WaiverLimit);
    }
}
