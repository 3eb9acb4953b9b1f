using CollectionGrains.GraphQL.Access;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class PaymentGraphType : ObjectGraphType<PaymentReceipt>
{
    public PaymentGraphType()
    {
        Name = "Payment";
        Field<NonNullGraphType<IdGraphType>>("paymentId").Allow(FieldAccess.Readers).Resolve(c => c.Source.PaymentId);
        Field<NonNullGraphType<IdGraphType>>("householdId").Allow(FieldAccess.Readers).Resolve(c => c.Source.HouseholdId);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Allow(FieldAccess.Readers).Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<PaymentChannelGraphType>>("channel").Allow(FieldAccess.Readers).Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<InstantGraphType>>("paidAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.PaidAt);
        Field<NonNullGraphType<BooleanGraphType>>("reversed").Allow(FieldAccess.Readers).Resolve(c => c.Source.Reversed);
        Field<NonNullGraphType<MoneyGraphType>>("prepaidAfter").Allow(FieldAccess.Readers).Resolve(c => c.Source.PrepaidAfter);
        Field<NonNullGraphType<MoneyGraphType>>("arrearsAfter").Allow(FieldAccess.Readers).Resolve(c => c.Source.ArrearsAfter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllocationGraphType>>>>("allocations").Allow(FieldAccess.Readers).Resolve(c => c.Source.Allocations);
    }
}
