namespace CollectionGrains.Outreach;

/// <summary>
/// A request to take a household one step up the legal ladder: who asked and why, the project manager's decision, and
/// what was done (the notice issued, how long a public notice stays up, the lawsuit).
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.LegalStepRequest")]
public sealed record LegalStepRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string HouseholdId,
    [property: Id(2)] LegalStep Step,
    [property: Id(3)] LegalStepStatus Status,
    [property: Id(4)] string Reason,
    [property: Id(5)] string RequestedBy,
    [property: Id(6)] DateTimeOffset RequestedAt,
    [property: Id(7)] DateOnly? Deadline,
    [property: Id(8)] string? DecidedBy = null,
    [property: Id(9)] DateTimeOffset? DecidedAt = null,
    [property: Id(10)] string? DecisionNote = null,
    [property: Id(11)] string? NoticeId = null,
    [property: Id(12)] DateOnly? PostedUntil = null,
    [property: Id(13)] LawsuitRecord? Lawsuit = null);
