namespace CollectionGrains.Collection;

/// <summary>
/// One line of a collector's daily plan: the household and its task, the contact to make (method, window, why), what it
/// owes and for how long, its class, the suggested script, and its open legacy issues (to read before calling).
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.PlanItem")]
public sealed record PlanItem(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] string? TaskId,
    [property: Id(2)] PlannedAction Action,
    [property: Id(3)] decimal Owed,
    [property: Id(4)] int AgeDays,
    [property: Id(5)] ContactClass? Class,
    [property: Id(6)] string? ScriptId,
    [property: Id(7)] IReadOnlyList<LegacyIssue> LegacyIssues,
    [property: Id(8)] string Why,
    [property: Id(9)] string? Collector);
