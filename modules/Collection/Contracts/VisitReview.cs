namespace CollectionGrains.Collection;

/// <summary>A supervisor's verdict on a visit: cheating (作弊标记) or not, with a note, by whom and when.</summary>
[GenerateSerializer, Immutable, Alias("collection.VisitReview")]
public sealed record VisitReview(
    [property: Id(0)] bool Cheating,
    [property: Id(1)] string? Note,
    [property: Id(2)] string ReviewedBy,
    [property: Id(3)] DateTimeOffset ReviewedAt);
