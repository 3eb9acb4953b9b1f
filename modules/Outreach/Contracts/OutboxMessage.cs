namespace CollectionGrains.Outreach;

/// <summary>
/// One message decided for a household (or, with no household, for a member of staff: <see cref="StaffMessage"/>), as the outbox holds it: what, to whom, through which channel, who decided and
/// when, whether it is a reminder (cancelled if the household pays before it goes), and how its sending went (up to the gateway's receipt).
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.OutboxMessage")]
public sealed record OutboxMessage(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string? HouseholdId,
    [property: Id(2)] MessageChannel Channel,
    [property: Id(3)] string Recipient,
    [property: Id(4)] string Body,
    [property: Id(5)] bool IsReminder,
    [property: Id(6)] string DecidedBy,
    [property: Id(7)] DateTimeOffset DecidedAt,
    [property: Id(8)] MessageStatus Status,
    [property: Id(9)] int Attempts,
    [property: Id(10)] DateTimeOffset NextAttemptAt,
    [property: Id(11)] DateTimeOffset? SentAt,
    [property: Id(12)] string? Note,
    [property: Id(13)] DateTimeOffset? DeliveredAt = null);
