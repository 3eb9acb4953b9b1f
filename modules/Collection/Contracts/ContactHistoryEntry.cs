namespace CollectionGrains.Collection;

/// <summary>A contact of the past to import, with what became of its promise (for class A) and when that was decided.</summary>
[GenerateSerializer, Immutable, Alias("collection.ContactHistoryEntry")]
public sealed record ContactHistoryEntry(
    [property: Id(0)] ContactRecord Contact,
    [property: Id(1)] PromiseState? PromiseOutcome = null,
    [property: Id(2)] DateOnly? DecidedOn = null);
