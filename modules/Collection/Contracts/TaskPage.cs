namespace CollectionGrains.Collection;

/// <summary>A page of tasks (each household's current or last task, newest first) with the cursor after each.</summary>
[GenerateSerializer, Immutable, Alias("collection.TaskPage")]
public sealed record TaskPage(
    [property: Id(0)] IReadOnlyList<CaseSummary> Tasks,
    [property: Id(1)] IReadOnlyList<string> Cursors,
    [property: Id(2)] int TotalCount,
    [property: Id(3)] bool HasNextPage);
