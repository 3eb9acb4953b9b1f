namespace CollectionGrains.Billing;

/// <summary>What a bill run did for one household: bills issued now, bills already there, items skipped and why.</summary>
[GenerateSerializer, Immutable, Alias("billing.HouseholdBillingResult")]
public sealed record HouseholdBillingResult(
    [property: Id(0)] int Issued,
    [property: Id(1)] int AlreadyIssued,
    [property: Id(2)] IReadOnlyList<string> Skipped);
