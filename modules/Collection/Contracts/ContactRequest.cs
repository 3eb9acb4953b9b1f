namespace CollectionGrains.Collection;

/// <summary>
/// One contact as the collector reports it. <see cref="ContactId"/> is chosen by the client and makes it idempotent.
/// A class-A outcome carries the promised date and amount; <see cref="Answered"/> is false for a call nobody took or a
/// door nobody opened. A visit carries its <see cref="Visit"/> evidence.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.ContactRequest")]
public sealed record ContactRequest(
    [property: Id(0)] string ContactId,
    [property: Id(1)] ContactMethod Method,
    [property: Id(2)] ContactClass Outcome,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] bool Answered = true,
    [property: Id(5)] DateOnly? PromisedDate = null,
    [property: Id(6)] decimal? PromisedAmount = null,
    [property: Id(7)] ArrearsReason? Reason = null,
    [property: Id(8)] string? ScriptId = null,
    [property: Id(9)] string? Channel = null,
    [property: Id(10)] string? Notes = null,
    [property: Id(11)] bool OverrideCaps = false,
    [property: Id(12)] VisitEvidence? Visit = null);
