namespace CollectionGrains.Collection;

/// <summary>
/// A household's money as its ledger sees it after a change, sent by the ledger to the household's collection case:
/// what it owes now (overdue principal and late fee, and the principal alone), since when, all it has paid so far (to tell kept promises), and its grade in force.
/// The version only grows (the ledger's commit count and the day), so an older signal changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.ArrearsSignal")]
public sealed record ArrearsSignal(
    [property: Id(0)] string HouseholdId,
    string ProjectId,
    string BuildingId,
    [property: Id(3)] long Version,
    [property: Id(4)] decimal Owed,
    [property: Id(5)] DateOnly? OldestDueDate,
    [property: Id(6)] decimal TotalPaid,
    [property: Id(7)] ArrearsCause Cause,
    [property: Id(8)] DateTimeOffset At,
    [property: Id(9)] decimal Principal,
    [property: Id(10)] Customers.Grade Grade = Customers.Grade.SelfPayer)
{
    /// <summary>The project's id, held once for all its households (<see cref="Kernel.SharedStrings"/>).</summary>
    [Id(1)]
    public string ProjectId { get; init; } = Kernel.SharedStrings.Of(ProjectId);

    /// <summary>The building's id, held once for all its households.</summary>
    [Id(2)]
    public string BuildingId { get; init; } = Kernel.SharedStrings.Of(BuildingId);

    public bool InArrears => Owed > 0;

    /// <summary>
    /// Whether a case must hear of this signal, given the last one it acknowledged: a household never in arrears has no
    /// case to tell; late fees accruing by the day alone are not news (a contact reads the amount owed afresh).
    /// </summary>
    public bool Differs(ArrearsSignal? acknowledged) =>
        acknowledged is null
            ? InArrears
            : acknowledged.InArrears != InArrears || acknowledged.Principal != Principal || acknowledged.TotalPaid != TotalPaid
              || acknowledged.BuildingId != BuildingId || acknowledged.OldestDueDate != OldestDueDate || acknowledged.Grade != Grade;
}
