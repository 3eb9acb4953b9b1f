namespace CollectionGrains.Collection;

/// <summary>A visit waiting for a supervisor's review: whose, when, why (flagged, or sampled), how far, and its photo's hash.</summary>
[GenerateSerializer, Immutable, Alias("collection.VisitToReview")]
public sealed record VisitToReview(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] string ContactId,
    [property: Id(2)] string Collector,
    [property: Id(3)] DateTimeOffset VisitedAt,
    [property: Id(4)] bool Flagged,
    [property: Id(5)] string Problems,
    [property: Id(6)] decimal? DistanceMetres,
    [property: Id(7)] string? PhotoSha256);
