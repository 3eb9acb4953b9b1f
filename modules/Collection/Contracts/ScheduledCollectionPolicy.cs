namespace CollectionGrains.Collection;

/// <summary>A project's collection policy decided for a later day: it replaces the current one from that day on.</summary>
[GenerateSerializer, Immutable, Alias("collection.ScheduledCollectionPolicy")]
public sealed record ScheduledCollectionPolicy(
    [property: Id(0)] DateOnly EffectiveFrom,
    [property: Id(1)] CollectionPolicy Policy);
