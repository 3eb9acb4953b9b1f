namespace CollectionGrains.Billing;

/// <summary>One line of the arrears list (欠费清单): a household in arrears and what it owes.</summary>
[GenerateSerializer, Immutable, Alias("billing.ArrearsListEntry")]
public sealed record ArrearsListEntry(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] string BuildingId,
    [property: Id(2)] string Room,
    [property: Id(3)] string OwnerName,
    [property: Id(4)] IReadOnlyList<string> Phones,
    [property: Id(5)] CustomerType CustomerType,
    [property: Id(6)] bool IsVacant,
    [property: Id(7)] decimal Principal,
    [property: Id(8)] decimal LateFee,
    [property: Id(9)] AgeBucket AgeBucket)
{
    public decimal Total => Principal + LateFee;
}
