using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class MessageChannelGraphType : EnumerationGraphType
{
    public MessageChannelGraphType()
    {
        Name = "MessageChannel";
        Add("SMS", MessageChannel.Sms, "短信, to the owner's first phone");
        Add("WE_CHAT", MessageChannel.WeChat, "微信模板消息");
        Add("APP_PUSH", MessageChannel.AppPush, "app push");
    }
}

internal sealed class MessageStatusGraphType : EnumerationGraphType
{
    public MessageStatusGraphType()
    {
        Name = "MessageStatus";
        Add("QUEUED", MessageStatus.Queued, "waiting for the contact window or a retry");
        Add("SENT", MessageStatus.Sent, "the transport took it");
        Add("DELIVERED", MessageStatus.Delivered, "the gateway's signed receipt says it arrived");
        Add("FAILED", MessageStatus.Failed, "given up after six tries, or the gateway's receipt says it could not be delivered");
        Add("CANCELLED", MessageStatus.Cancelled, "paid before it went out, or the owner opted out");
    }
}

internal sealed class MessageGraphType : ObjectGraphType<OutboxMessage>
{
    public MessageGraphType()
    {
        Name = "Message";
        Description = "A message decided for a household and its way out through the outbox.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.MessageId);
        Field<NonNullGraphType<MessageChannelGraphType>>("channel").Allow(FieldAccess.Readers).Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<StringGraphType>>("recipient").Allow(FieldAccess.Readers).Resolve(c => c.Source.Recipient);
        Field<NonNullGraphType<StringGraphType>>("text").Allow(FieldAccess.Readers).Resolve(c => c.Source.Body);
        Field<NonNullGraphType<BooleanGraphType>>("reminder").Allow(FieldAccess.Readers).Description("Cancelled if the household pays before it goes out.").Resolve(c => c.Source.IsReminder);
        Field<NonNullGraphType<StringGraphType>>("decidedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.DecidedBy);
        Field<NonNullGraphType<InstantGraphType>>("decidedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.DecidedAt);
        Field<NonNullGraphType<MessageStatusGraphType>>("status").Allow(FieldAccess.Readers).Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("attempts").Allow(FieldAccess.Readers).Resolve(c => c.Source.Attempts);
        Field<NonNullGraphType<InstantGraphType>>("nextAttemptAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.NextAttemptAt);
        Field<InstantGraphType>("sentAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.SentAt);
        Field<InstantGraphType>("deliveredAt").Allow(FieldAccess.Readers).Description("When the gateway's receipt said it arrived.").Resolve(c => c.Source.DeliveredAt);
        Field<StringGraphType>("note").Allow(FieldAccess.Readers).Description("Why it waits, was cancelled or failed.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId!));
    }
}

internal sealed class MessagePageGraphType : ObjectGraphType<MessagePage>
{
    public MessagePageGraphType()
    {
        Name = "MessagePage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageGraphType>>>>("messages").Allow(FieldAccess.Readers).Resolve(c => c.Source.Messages);
        Field<StringGraphType>("endCursor").Allow(FieldAccess.Readers).Resolve(c => c.Source.EndCursor);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Allow(FieldAccess.Readers).Resolve(c => c.Source.HasNextPage);
    }
}

internal sealed class SendMessageInputType : InputObjectGraphType
{
    public SendMessageInputType()
    {
        Name = "SendMessageInput";
        Field<NonNullGraphType<IdGraphType>>("messageId").Description("Chosen by the client: the same id again is the same message (and the transport's idempotency key).");
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<MessageChannelGraphType>>("channel");
        Field<NonNullGraphType<StringGraphType>>("text").Description("Up to 500 characters.");
        Field<BooleanGraphType>("reminder").DefaultValue(true).Description("A reminder is cancelled if the household pays before it goes out.");
    }
}

internal sealed class SetMessageOptOutInputType : InputObjectGraphType
{
    public SetMessageOptOutInputType()
    {
        Name = "SetMessageOptOutInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<MessageChannelGraphType>>("channel");
        Field<NonNullGraphType<BooleanGraphType>>("optedOut");
    }
}

internal sealed class MessageOptOutPayloadType : ObjectGraphType<(string HouseholdId, IReadOnlyList<MessageChannel> OptedOut)>
{
    public MessageOptOutPayloadType()
    {
        Name = "MessageOptOutPayload";
        Field<NonNullGraphType<IdGraphType>>("householdId").Allow(FieldAccess.Readers).Resolve(c => c.Source.HouseholdId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageChannelGraphType>>>>("optedOut").Allow(FieldAccess.Readers)
            .Description("Every channel the owner opted out of, after this change.").Resolve(c => c.Source.OptedOut);
    }
}
