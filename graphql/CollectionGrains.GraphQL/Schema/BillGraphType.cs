using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class BillGraphType : ObjectGraphType<BillBalance>
{
    public BillGraphType()
    {
        Name = "Bill";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.BillId);
        Field<NonNullGraphType<StringGraphType>>("itemCode").Resolve(c => c.Source.ItemCode);
        Field<NonNullGraphType<StringGraphType>>("itemName").Resolve(c => c.Source.ItemName);
        Field<NonNullGraphType<PeriodGraphType>>("period").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<CalendarDateGraphType>>("dueDate").Resolve(c => c.Source.DueDate);
        Field<NonNullGraphType<MoneyGraphType>>("principal").Resolve(c => c.Source.Principal);
        Field<NonNullGraphType<MoneyGraphType>>("principalPaid").Resolve(c => c.Source.PrincipalPaid);
        Field<NonNullGraphType<MoneyGraphType>>("principalWaived").Resolve(c => c.Source.PrincipalWaived);
        Field<NonNullGraphType<MoneyGraphType>>("lateFeeAccrued").Resolve(c => c.Source.LateFeeAccrued);
        Field<NonNullGraphType<MoneyGraphType>>("lateFeePaid").Resolve(c => c.Source.LateFeePaid);
        Field<NonNullGraphType<MoneyGraphType>>("lateFeeWaived").Resolve(c => c.Source.LateFeeWaived);
        Field<NonNullGraphType<MoneyGraphType>>("principalDue").Resolve(c => c.Source.PrincipalDue);
        Field<NonNullGraphType<MoneyGraphType>>("lateFeeDue").Resolve(c => c.Source.LateFeeDue);
        Field<NonNullGraphType<MoneyGraphType>>("totalDue").Resolve(c => c.Source.TotalDue);
    }
}
