using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class TrendStepGraphType : EnumerationGraphType<TrendStep>
{
    public TrendStepGraphType() => Name = "TrendStep";
}

internal sealed class TrendPointGraphType : ObjectGraphType<TrendPoint>
{
    public TrendPointGraphType()
    {
        Name = "TrendPoint";
        Description = "趋势: one month or week of a node's figures; a closed month's is its month-end snapshot (kept).";
        Field<NonNullGraphType<StringGraphType>>("label").Allow(FieldAccess.Readers).Resolve(c => c.Source.Label);
        Field<NonNullGraphType<CalendarDateGraphType>>("start").Allow(FieldAccess.Readers).Resolve(c => c.Source.Start);
        Field<NonNullGraphType<CalendarDateGraphType>>("end").Allow(FieldAccess.Readers).Resolve(c => c.Source.End);
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Allow(FieldAccess.Readers).Description("The day the standing figures are of: the last day, or today while it runs.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<BooleanGraphType>>("kept").Allow(FieldAccess.Readers).Description("A closed month's month-end snapshot.").Resolve(c => c.Source.Kept);
        Field<MoneyGraphType>("receivable").Allow(FieldAccess.Readers).Description("应收 of the month's bills; null for a week.").Resolve(c => c.Source.Receivable);
        Field<MoneyGraphType>("collected").Allow(FieldAccess.Readers).Description("实收 of them as of the month's end; null for a week.").Resolve(c => c.Source.Collected);
        Field<DecimalGraphType>("collectionRate").Allow(FieldAccess.Readers).Resolve(c => c.Source.CollectionRate);
        Field<NonNullGraphType<MoneyGraphType>>("arrears").Allow(FieldAccess.Readers).Description("Principal overdue on the asOf day.").Resolve(c => c.Source.Arrears);
        Field<NonNullGraphType<IntGraphType>>("overdueHouseholds").Allow(FieldAccess.Readers).Resolve(c => c.Source.OverdueHouseholds);
        Field<NonNullGraphType<IntGraphType>>("contacts").Allow(FieldAccess.Readers).Resolve(c => c.Source.Contacts);
        Field<NonNullGraphType<MoneyGraphType>>("recovered").Allow(FieldAccess.Readers).Description("Money attributed to the contacts made in it (the effect analysis's rule).").Resolve(c => c.Source.Recovered);
        Field<NonNullGraphType<IntGraphType>>("promisesKept").Allow(FieldAccess.Readers).Resolve(c => c.Source.PromisesKept);
    }
}
