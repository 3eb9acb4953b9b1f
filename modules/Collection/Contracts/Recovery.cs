namespace CollectionGrains.Collection;

/// <summary>Money paid on a household while its task was open (up to what it owed): recovered by the collector holding it.</summary>
[GenerateSerializer, Immutable, Alias("collection.Recovery")]
public sealed record Recovery(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] string? Collector);
