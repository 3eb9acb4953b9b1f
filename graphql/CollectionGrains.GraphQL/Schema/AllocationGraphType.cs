using CollectionGrains.GraphQL.Access;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class AllocationGraphType : ObjectGraphType<PaymentAllocation>
{
    public AllocationGraphType()
    {
        Name = "Allocation";
        Description = "What part of a payment settled which bill.";
        Field<NonNullGraphType<IdGraphType>>("billId").Allow(FieldAccess.Readers).Resolve(c => c.Source.BillId);
        Field<NonNullGraphType<MoneyGraphType>>("lateFee").Allow(FieldAccess.Readers).Resolve(c => c.Source.LateFee);
        Field<NonNullGraphType<MoneyGraphType>>("principal").Allow(FieldAccess.Readers).Resolve(c => c.Source.Principal);
        Field<NonNullGraphType<CalendarDateGraphType>>("on").Allow(FieldAccess.Readers).Resolve(c => c.Source.On);
    }
}
