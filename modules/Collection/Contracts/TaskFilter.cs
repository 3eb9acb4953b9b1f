namespace CollectionGrains.Collection;

/// <summary>
/// Which tasks a list shows: by status, by collector, by the buildings below a node, and what one collector may see
/// (their own tasks and the pool's); null means no restriction.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.TaskFilter")]
public sealed record TaskFilter(
    [property: Id(0)] IReadOnlyList<CollectionTaskStatus>? Statuses = null,
    [property: Id(1)] string? Collector = null,
    [property: Id(2)] IReadOnlyList<string>? Buildings = null,
    [property: Id(3)] string? VisibleTo = null);
