namespace CollectionGrains.Collection;

/// <summary>Which tasks a list shows: by status, by collector, by the buildings below a node; null means no restriction.</summary>
[GenerateSerializer, Immutable, Alias("collection.TaskFilter")]
public sealed record TaskFilter(
    [property: Id(0)] IReadOnlyList<CollectionTaskStatus>? Statuses = null,
    [property: Id(1)] string? Collector = null,
    [property: Id(2)] IReadOnlyList<string>? Buildings = null);
