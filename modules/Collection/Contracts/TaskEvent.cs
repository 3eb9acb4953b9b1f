namespace CollectionGrains.Collection;

/// <summary>One change of a task: who, when, from which state and collector to which, and why.</summary>
[GenerateSerializer, Immutable, Alias("collection.TaskEvent")]
public sealed record TaskEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] CollectionTaskStatus? From,
    [property: Id(3)] CollectionTaskStatus To,
    [property: Id(4)] string? FromCollector,
    [property: Id(5)] string? ToCollector,
    [property: Id(6)] string? Reason);
