namespace CollectionGrains.Collection.Cases;

/// <summary>A task as a case stores it, with every change it went through.</summary>
internal sealed class TaskRecord
{
    public required string TaskId { get; init; }

    public CollectionTaskStatus Status { get; set; }

    public string? Collector { get; set; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }

    public TaskCloseReason? CloseReason { get; set; }

    public string? CloseNote { get; set; }

    public List<TaskEvent> Events { get; init; } = [];

    public bool IsOpen => Status != CollectionTaskStatus.Closed;

    public CollectionTask View(string householdId, string projectId) =>
        new(TaskId, householdId, projectId, Status, Collector, OpenedAt, ClosedAt, CloseReason, CloseNote, [.. Events]);
}
