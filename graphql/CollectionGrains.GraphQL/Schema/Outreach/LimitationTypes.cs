using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class LimitationGraphType : ObjectGraphType<Limitation>
{
    public LimitationGraphType()
    {
        Name = "Limitation";
        Description = "诉讼时效: three years from each unpaid bill's due date, restarted by a delivered demand, a promise to pay or a payment.";
        Field<CalendarDateGraphType>("earliestExpiry").Allow(FieldAccess.Readers).Resolve(c => c.Source.EarliestExpiry);
        Field<NonNullGraphType<BooleanGraphType>>("warning").Allow(FieldAccess.Readers).Description("A bill's claim expires within 90 days.").Resolve(c => c.Source.Warning);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillLimitationGraphType>>>>("bills").Allow(FieldAccess.Readers).Resolve(c => c.Source.Bills);
    }
}

internal sealed class BillLimitationGraphType : ObjectGraphType<BillLimitation>
{
    public BillLimitationGraphType()
    {
        Name = "BillLimitation";
        Field<NonNullGraphType<IdGraphType>>("billId").Allow(FieldAccess.Readers).Resolve(c => c.Source.BillId);
        Field<NonNullGraphType<CalendarDateGraphType>>("dueDate").Allow(FieldAccess.Readers).Resolve(c => c.Source.DueDate);
        Field<CalendarDateGraphType>("lastInterruption").Allow(FieldAccess.Readers).Description("The last delivered demand or acknowledgement on or after the due date.").Resolve(c => c.Source.LastInterruption);
        Field<NonNullGraphType<CalendarDateGraphType>>("expiresOn").Allow(FieldAccess.Readers).Resolve(c => c.Source.ExpiresOn);
    }
}

internal sealed class NoticeDeliveryGraphType : ObjectGraphType<NoticeDelivery>
{
    public NoticeDeliveryGraphType()
    {
        Name = "NoticeDelivery";
        Description = "送达: the day a notice reached the owner, how, and the proof.";
        Field<NonNullGraphType<CalendarDateGraphType>>("deliveredOn").Allow(FieldAccess.Readers).Resolve(c => c.Source.DeliveredOn);
        Field<NonNullGraphType<StringGraphType>>("method").Allow(FieldAccess.Readers).Resolve(c => c.Source.Method);
        Field<NonNullGraphType<StringGraphType>>("proof").Allow(FieldAccess.Readers).Resolve(c => c.Source.Proof);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.RecordedBy);
        Field<NonNullGraphType<InstantGraphType>>("recordedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.RecordedAt);
    }
}

internal sealed class LimitationEntryGraphType : ObjectGraphType<LimitationEntry>
{
    public LimitationEntryGraphType()
    {
        Name = "LimitationEntry";
        Description = "A household in arrears whose earliest claim expires within the days asked for.";
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
        Field<NonNullGraphType<MoneyGraphType>>("owed").Allow(FieldAccess.Readers).Resolve(c => c.Source.Owed);
        Field<NonNullGraphType<LimitationGraphType>>("limitation").Allow(FieldAccess.Readers).Resolve(c => c.Source.Limitation);
    }
}
