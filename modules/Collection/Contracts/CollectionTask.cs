namespace CollectionGrains.Collection;

/// <summary>催收任务 / 工单: the work of collecting one household's arrears, from falling into arrears until nothing is left to pay.</summary>
[GenerateSerializer, Immutable, Alias("collection.CollectionTask")]
public sealed record CollectionTask(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string HouseholdId,
    [property: Id(2)] string ProjectId,
    [property: Id(3)] CollectionTaskStatus Status,
    [property: Id(4)] string? Collector,
    [property: Id(5)] DateTimeOffset OpenedAt,
    [property: Id(6)] DateTimeOffset? ClosedAt,
    [property: Id(7)] TaskCloseReason? CloseReason,
    [property: Id(8)] string? CloseNote,
    [property: Id(9)] IReadOnlyList<TaskEvent> Events)
{
    public bool IsOpen => Status != CollectionTaskStatus.Closed;
}
