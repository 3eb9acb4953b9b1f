namespace CollectionGrains.Outreach;

/// <summary>
/// A message to a member of staff (an analysis report to a node's manager): to their account in the app, about a
/// node, with files. It goes through the same outbox as messages to owners (lease, retries, idempotency key) but has
/// no household: no consent, contact window or case applies, and it is not a contact.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.StaffMessage")]
public sealed record StaffMessage(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string NodeId,
    [property: Id(2)] string Username,
    [property: Id(3)] string Body,
    [property: Id(4)] string DecidedBy,
    [property: Id(5)] IReadOnlyList<MessageAttachment> Attachments);
