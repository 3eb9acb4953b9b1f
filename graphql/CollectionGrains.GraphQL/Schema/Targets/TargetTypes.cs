using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Organisation;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Targets;

internal sealed class TargetGraphType : ObjectGraphType<TargetProgress>
{
    public TargetGraphType()
    {
        Name = "Target";
        Description = "催收目标 of a month (OKR): the collection rate of the month's bills and/or the opening arrears to recover since 1 January, with the live progress and the forecast.";
        Field<NonNullGraphType<PeriodGraphType>>("period").Allow(FieldAccess.Readers).Resolve(c => c.Source.Target.Period);
        Field<DecimalGraphType>("collectionRate").Allow(FieldAccess.Readers).Description("收缴率 to reach by the month's end, 0 to 1.").Resolve(c => c.Source.Target.CollectionRate);
        Field<MoneyGraphType>("collectionAmount").Allow(FieldAccess.Readers)
            .Description("The rate as an amount of the month's bills to collect (the rate × the receivable it was set against): what cascades and adds up to the cent.")
            .Resolve(c => c.Source.Target.CollectionAmount);
        Field<MoneyGraphType>("recoveryAmount").Allow(FieldAccess.Readers).Description("清欠: opening arrears of earlier years to recover from 1 January to the month's end.").Resolve(c => c.Source.Target.RecoveryAmount);
        Field<NonNullGraphType<TargetSourceGraphType>>("source").Allow(FieldAccess.Readers).Resolve(c => c.Source.Target.Source);
        Field<NonNullGraphType<StringGraphType>>("setBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.Target.By);
        Field<NonNullGraphType<InstantGraphType>>("setAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.Target.At);
        Field<NonNullGraphType<TargetProgressGraphType>>("progress").Allow(FieldAccess.Readers).Resolve(c => c.Source);
        Field<TargetForecastGraphType>("forecast").Allow(FieldAccess.Readers)
            .Description("The month-end rate on the present pace: this month only, and only once the group's history had collected something by this day of the month (null before).").Resolve(c => c.Source.Forecast);
        Field<NonNullGraphType<BooleanGraphType>>("frozen").Allow(FieldAccess.Readers).Description("The month is closed: target and figures are those of its month-end snapshot.").Resolve(c => c.Source.Frozen);
    }
}

internal sealed class TargetProgressGraphType : ObjectGraphType<TargetProgress>
{
    public TargetProgressGraphType()
    {
        Name = "TargetProgress";
        Description = "Actual against target: the month's bills receivable and collected, the rate, progress (actual rate ÷ target rate) and gap; recovered since 1 January against the recovery target.";
        Field<NonNullGraphType<MoneyGraphType>>("receivable").Allow(FieldAccess.Readers).Resolve(c => c.Source.Receivable);
        Field<NonNullGraphType<MoneyGraphType>>("collected").Allow(FieldAccess.Readers).Resolve(c => c.Source.Collected);
        Field<NonNullGraphType<DecimalGraphType>>("collectionRate").Allow(FieldAccess.Readers).Resolve(c => c.Source.CollectionRate);
        Field<DecimalGraphType>("rateProgress").Allow(FieldAccess.Readers).Resolve(c => c.Source.RateProgress);
        Field<MoneyGraphType>("collectionGap").Allow(FieldAccess.Readers).Description("Still to collect to reach the target rate on today's receivable.").Resolve(c => c.Source.CollectionGap);
        Field<NonNullGraphType<MoneyGraphType>>("recovered").Allow(FieldAccess.Readers).Resolve(c => c.Source.Recovered);
        Field<DecimalGraphType>("recoveryProgress").Allow(FieldAccess.Readers).Resolve(c => c.Source.RecoveryProgress);
        Field<MoneyGraphType>("recoveryGap").Allow(FieldAccess.Readers).Resolve(c => c.Source.RecoveryGap);
    }
}

internal sealed class TargetForecastGraphType : ObjectGraphType<TargetForecast>
{
    public TargetForecastGraphType()
    {
        Name = "TargetForecast";
        Description = "Where the month is heading: collected so far ÷ the share of a month's collection the group's history had by this day of the month.";
        Field<NonNullGraphType<DecimalGraphType>>("collectionRate").Allow(FieldAccess.Readers).Resolve(c => c.Source.CollectionRate);
        Field<NonNullGraphType<MoneyGraphType>>("collected").Allow(FieldAccess.Readers).Resolve(c => c.Source.Collected);
        Field<NonNullGraphType<DecimalGraphType>>("shareByToday").Allow(FieldAccess.Readers).Resolve(c => c.Source.ShareByToday);
        Field<NonNullGraphType<BooleanGraphType>>("willMiss").Allow(FieldAccess.Readers).Description("The forecast rate is below the target's.").Resolve(c => c.Source.WillMiss);
        Field<NonNullGraphType<StringGraphType>>("method").Allow(FieldAccess.Readers).Resolve(c => c.Source.Method);
    }
}

internal sealed class TargetChangeGraphType : ObjectGraphType<TargetChange>
{
    public TargetChangeGraphType()
    {
        Name = "TargetChange";
        Description = "One change of a node's target (the audit of targets).";
        Field<NonNullGraphType<IdGraphType>>("nodeId").Allow(FieldAccess.Readers).Resolve(c => c.Source.NodeId);
        Field<DecimalGraphType>("collectionRateBefore").Allow(FieldAccess.Readers).Resolve(c => c.Source.Before?.CollectionRate);
        Field<MoneyGraphType>("collectionAmountBefore").Allow(FieldAccess.Readers).Resolve(c => c.Source.Before?.CollectionAmount);
        Field<MoneyGraphType>("recoveryAmountBefore").Allow(FieldAccess.Readers).Resolve(c => c.Source.Before?.RecoveryAmount);
        Field<DecimalGraphType>("collectionRate").Allow(FieldAccess.Readers).Resolve(c => c.Source.After.CollectionRate);
        Field<MoneyGraphType>("collectionAmount").Allow(FieldAccess.Readers).Resolve(c => c.Source.After.CollectionAmount);
        Field<MoneyGraphType>("recoveryAmount").Allow(FieldAccess.Readers).Resolve(c => c.Source.After.RecoveryAmount);
        Field<NonNullGraphType<TargetSourceGraphType>>("source").Allow(FieldAccess.Readers).Resolve(c => c.Source.After.Source);
        Field<NonNullGraphType<StringGraphType>>("by").Allow(FieldAccess.Readers).Resolve(c => c.Source.After.By);
        Field<NonNullGraphType<InstantGraphType>>("at").Allow(FieldAccess.Readers).Resolve(c => c.Source.After.At);
    }
}

internal sealed class TargetSourceGraphType : EnumerationGraphType<TargetSource>
{
    public TargetSourceGraphType()
    {
        Name = "TargetSource";
        Description = "SET on the node, CASCADED from the parent in proportion, ADJUSTED by hand among the siblings.";
    }
}
