namespace CollectionGrains.Billing;

/// <summary>
/// What reconciling a subtree checked and found; <see cref="Repaired"/> when the differences were sent for repair.
/// <see cref="StaleHouseholds"/> are counted exactly, but as of an earlier day (their last report came before today and
/// nothing changed since): not a difference; the daily refresh, or their next change, brings them up to date.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.ReconciliationReport")]
public sealed record ReconciliationReport(
    [property: Id(0)] string NodeId,
    [property: Id(1)] int Buildings,
    [property: Id(2)] int Households,
    [property: Id(5)] int StaleHouseholds,
    [property: Id(3)] IReadOnlyList<ReconciliationDifference> Differences,
    [property: Id(4)] bool Repaired);
