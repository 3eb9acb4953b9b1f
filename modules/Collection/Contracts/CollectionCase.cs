namespace CollectionGrains.Collection;

/// <summary>
/// A household's collection case as it stands: who holds it, its current (or last) task, the class of its last contact,
/// its promise, its contacts (newest first), its legacy issues, how many promises it broke, what it owes, the next
/// contact the procedure asks for, the open service orders that pause it, and its warnings (open and recently cleared).
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.CollectionCase")]
public sealed record CollectionCase(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] string? ProjectId,
    [property: Id(2)] string? Collector,
    [property: Id(3)] CollectionTask? Task,
    [property: Id(4)] ContactClass? Class,
    [property: Id(5)] Promise? Promise,
    [property: Id(6)] IReadOnlyList<ContactRecord> Contacts,
    [property: Id(7)] IReadOnlyList<LegacyIssue> LegacyIssues,
    [property: Id(8)] int PromisesBroken,
    [property: Id(9)] decimal Owed,
    [property: Id(10)] PlannedAction? NextAction,
    [property: Id(11)] IReadOnlyList<ServiceHold>? ServiceHolds = null,
    [property: Id(12)] IReadOnlyList<Warning>? Warnings = null)
{
    /// <summary>Dunning pauses while a service order is open: no plan action, automated message, notice or legal step.</summary>
    public bool Paused => ServiceHolds is { Count: > 0 };
}
