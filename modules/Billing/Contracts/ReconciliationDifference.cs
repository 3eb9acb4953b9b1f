namespace CollectionGrains.Billing;

/// <summary>
/// One thing reconciliation found: a household its building does not count, counts wrongly or counts though it is not
/// there (<see cref="HouseholdId"/> set), or a node whose totals are not the sum of what it holds.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.ReconciliationDifference")]
public sealed record ReconciliationDifference(
    [property: Id(0)] string NodeId,
    [property: Id(1)] string? HouseholdId,
    [property: Id(2)] string Problem);
