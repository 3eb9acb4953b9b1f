namespace CollectionGrains.Outreach;

/// <summary>
/// A notice to issue to a household. <see cref="NoticeId"/> (chosen by the client, or made by the API) makes it
/// idempotent; <see cref="Deadline"/> is the date the owner is asked to pay by (a lawyer's letter must have one);
/// <see cref="BatchId"/> names the batch it was issued in.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.NoticeRequest")]
public sealed record NoticeRequest(
    [property: Id(0)] string NoticeId,
    [property: Id(1)] NoticeKind Kind,
    [property: Id(2)] DateOnly? Deadline,
    [property: Id(3)] string? BatchId = null);
