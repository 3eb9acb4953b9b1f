namespace CollectionGrains.Billing;

/// <summary>
/// Where a household's money stands today, as collection needs it: where the household is, what it owes (overdue
/// principal and late fee), since when, and all it has paid (live payments). The version grows with every change of the
/// ledger and with the day.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.LedgerPosition")]
public sealed record LedgerPosition(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] string ProjectId,
    [property: Id(2)] string BuildingId,
    [property: Id(3)] long Version,
    [property: Id(4)] decimal Owed,
    [property: Id(5)] DateOnly? OldestDueDate,
    [property: Id(6)] decimal TotalPaid,
    [property: Id(7)] decimal Principal,
    [property: Id(8)] Customers.Grade Grade = Customers.Grade.SelfPayer);
