using CollectionGrains.Collection;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>A task as a query reaches it: whole (from its case), or as a line of a list (from a case summary).</summary>
internal sealed record TaskNode(string TaskId, string HouseholdId, CollectionTask? Task = null, CaseSummary? Summary = null)
{
    public static TaskNode Of(CollectionTask task) => new(task.TaskId, task.HouseholdId, Task: task);

    public static TaskNode Of(CaseSummary summary) => new(summary.TaskId!, summary.HouseholdId, Summary: summary);

    /// <summary>The household a task id names: task ids are the household id, a colon and the task's number.</summary>
    public static string? HouseholdOf(string taskId) => taskId.LastIndexOf(':') is var at and > 0 ? taskId[..at] : null;
}
