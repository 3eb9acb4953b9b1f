using CollectionGrains.GraphQL.Access;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class BillGraphType : ObjectGraphType<BillBalance>
{
    public BillGraphType()
    {
        Name = "Bill";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.BillId);
        Field<NonNullGraphType<StringGraphType>>("itemCode").Allow(FieldAccess.Readers).Resolve(c => c.Source.ItemCode);
        Field<NonNullGraphType<StringGraphType>>("itemName").Allow(FieldAccess.Readers).Resolve(c => c.Source.ItemName);
        Field<NonNullGraphType<PeriodGraphType>>("period").Allow(FieldAccess.Readers).Resolve(c => c.Source.Period);
        Field<NonNullGraphType<CalendarDateGraphType>>("dueDate").Allow(FieldAccess.Readers).Resolve(c => c.Source.DueDate);
        Field<NonNullGraphType<MoneyGraphType>>("principal").Allow(FieldAccess.Readers).Resolve(c => c.Source.Principal);
        Field<NonNullGraphType<MoneyGraphType>>("principalPaid").Allow(FieldAccess.Readers).Resolve(c => c.Source.PrincipalPaid);
        Field<NonNullGraphType<MoneyGraphType>>("principalWaived").Allow(FieldAccess.Readers).Resolve(c => c.Source.PrincipalWaived);
        Field<NonNullGraphType<MoneyGraphType>>("lateFeeAccrued").Allow(FieldAccess.Readers).Resolve(c => c.Source.LateFeeAccrued);
        Field<NonNullGraphType<MoneyGraphType>>("lateFeePaid").Allow(FieldAccess.Readers).Resolve(c => c.Source.LateFeePaid);
        Field<NonNullGraphType<MoneyGraphType>>("lateFeeWaived").Allow(FieldAccess.Readers).Resolve(c => c.Source.LateFeeWaived);
        Field<NonNullGraphType<MoneyGraphType>>("principalDue").Allow(FieldAccess.Readers).Resolve(c => c.Source.PrincipalDue);
        Field<NonNullGraphType<MoneyGraphType>>("lateFeeDue").Allow(FieldAccess.Readers).Resolve(c => c.Source.LateFeeDue);
        Field<NonNullGraphType<MoneyGraphType>>("totalDue").Allow(FieldAccess.Readers).Resolve(c => c.Source.TotalDue);
    }
}
