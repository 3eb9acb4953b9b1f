namespace CollectionGrains.Collection;

/// <summary>One collector's visits of a month: made, flagged by the checks, and confirmed as cheating by a review.</summary>
[GenerateSerializer, Immutable, Alias("collection.CheatingFigures")]
public sealed record CheatingFigures(
    [property: Id(0)] string Collector,
    [property: Id(1)] int Visits,
    [property: Id(2)] int Flagged,
    [property: Id(3)] int ConfirmedCheating);
