namespace CollectionGrains.Collection;

/// <summary>
/// A household's collection case in brief, as its project and its collector keep it live (the plan, the task lists, the
/// pool and the counters are computed from these): its task, what it owes, its class and promise, the contacts of the
/// last two weeks, its open legacy issues, what was recovered in the last two months, whether a service
/// order pauses it and whether a confirmed fix awaits its follow-up contact. Versioned by the case's commits.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.CaseSummary")]
public sealed record CaseSummary(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] string ProjectId,
    [property: Id(2)] string BuildingId,
    [property: Id(3)] long Version,
    [property: Id(4)] string? Collector,
    [property: Id(5)] string? TaskId,
    [property: Id(6)] CollectionTaskStatus? TaskStatus,
    [property: Id(7)] DateTimeOffset? TaskOpenedAt,
    [property: Id(8)] DateTimeOffset? TaskClosedAt,
    [property: Id(9)] decimal Owed,
    [property: Id(10)] DateOnly? OldestDueDate,
    [property: Id(11)] ContactClass? Class,
    [property: Id(12)] Promise? Promise,
    [property: Id(13)] int ContactsInTask,
    [property: Id(14)] IReadOnlyList<ContactMark> RecentContacts,
    [property: Id(15)] IReadOnlyList<LegacyIssue> OpenLegacyIssues,
    [property: Id(16)] IReadOnlyList<Recovery> Recoveries,
    [property: Id(17)] bool Paused = false,
    [property: Id(18)] bool ServiceFollowUpDue = false,
    [property: Id(19)] Customers.Grade Grade = Customers.Grade.SelfPayer)
{
    public bool HasOpenTask => TaskStatus is { } status && status != CollectionTaskStatus.Closed;
}
