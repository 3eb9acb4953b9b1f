namespace CollectionGrains.Outreach;

/// <summary>
/// A notice as issued: to which household, what kind, when and by whom, what was owed that day, the template version it
/// was written from, the content hash of its stored PDF (the exact document sent can be produced later) and, once
/// recorded, its delivery.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.Notice")]
public sealed record Notice(
    [property: Id(0)] string NoticeId,
    [property: Id(1)] string HouseholdId,
    [property: Id(2)] NoticeKind Kind,
    [property: Id(3)] DateTimeOffset IssuedAt,
    [property: Id(4)] string IssuedBy,
    [property: Id(5)] DateOnly? Deadline,
    [property: Id(6)] decimal AmountOwed,
    [property: Id(7)] int TemplateVersion,
    [property: Id(8)] string DocumentHash,
    [property: Id(9)] string? BatchId,
    [property: Id(10)] NoticeDelivery? Delivery = null);
