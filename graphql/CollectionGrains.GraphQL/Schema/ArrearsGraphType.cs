using CollectionGrains.GraphQL.Access;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class ArrearsGraphType : ObjectGraphType<ArrearsStatement>
{
    public ArrearsGraphType()
    {
        Name = "Arrears";
        Description = "欠费: what a household owes on a day.";
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Allow(FieldAccess.Readers).Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<MoneyGraphType>>("principal").Allow(FieldAccess.Readers).Description("Overdue unpaid principal.").Resolve(c => c.Source.Principal);
        Field<NonNullGraphType<MoneyGraphType>>("lateFee").Allow(FieldAccess.Readers).Description("Late fee owed.").Resolve(c => c.Source.LateFee);
        Field<NonNullGraphType<MoneyGraphType>>("total").Allow(FieldAccess.Readers).Resolve(c => c.Source.Total);
        Field<AgeBucketGraphType>("ageBucket").Allow(FieldAccess.Readers).Description("The bucket of the oldest overdue bill; null when nothing is overdue.").Resolve(c => c.Source.Bucket);
        Field<NonNullGraphType<IntGraphType>>("ageDays").Allow(FieldAccess.Readers).Resolve(c => c.Source.AgeDays);
        Field<CalendarDateGraphType>("oldestDueDate").Allow(FieldAccess.Readers).Resolve(c => c.Source.OldestDueDate);
        Field<NonNullGraphType<MoneyGraphType>>("prepaid").Allow(FieldAccess.Readers).Resolve(c => c.Source.Prepaid);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillGraphType>>>>("overdueBills").Allow(FieldAccess.Readers).Resolve(c => c.Source.OverdueBills);
    }
}
