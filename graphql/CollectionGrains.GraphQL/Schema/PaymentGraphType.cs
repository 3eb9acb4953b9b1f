using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class PaymentGraphType : ObjectGraphType<PaymentReceipt>
{
    public PaymentGraphType()
    {
        Name = "Payment";
        Field<NonNullGraphType<IdGraphType>>("paymentId").Resolve(c => c.Source.PaymentId);
        Field<NonNullGraphType<IdGraphType>>("householdId").Resolve(c => c.Source.HouseholdId);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<PaymentChannelGraphType>>("channel").Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<InstantGraphType>>("paidAt").Resolve(c => c.Source.PaidAt);
        Field<NonNullGraphType<BooleanGraphType>>("reversed").Resolve(c => c.Source.Reversed);
        Field<NonNullGraphType<MoneyGraphType>>("prepaidAfter").Resolve(c => c.Source.PrepaidAfter);
        Field<NonNullGraphType<MoneyGraphType>>("arrearsAfter").Resolve(c => c.Source.ArrearsAfter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllocationGraphType>>>>("allocations").Resolve(c => c.Source.Allocations);
    }
}
