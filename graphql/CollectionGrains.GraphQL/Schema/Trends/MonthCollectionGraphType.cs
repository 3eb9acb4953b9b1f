using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Trends;

internal sealed class MonthCollectionGraphType : ObjectGraphType<MonthCollection>
{
    public MonthCollectionGraphType()
    {
        Name = "MonthCollection";
        Description = "One closed bill period of a node: 应收, what was paid by the month's end (its 收缴率 then) and to date.";
        Field<NonNullGraphType<PeriodGraphType>>("period").Allow(FieldAccess.Readers).Resolve(c => c.Source.Period);
        Field<NonNullGraphType<MoneyGraphType>>("receivable").Allow(FieldAccess.Readers).Resolve(c => c.Source.Receivable);
        Field<NonNullGraphType<MoneyGraphType>>("collectedByMonthEnd").Allow(FieldAccess.Readers).Resolve(c => c.Source.CollectedByMonthEnd);
        Field<NonNullGraphType<MoneyGraphType>>("collectedToDate").Allow(FieldAccess.Readers).Resolve(c => c.Source.CollectedToDate);
        Field<NonNullGraphType<DecimalGraphType>>("collectionRate").Allow(FieldAccess.Readers)
            .Description("收缴率 at the month's end, 0 to 1.").Resolve(c => c.Source.RateAtMonthEnd);
    }
}
