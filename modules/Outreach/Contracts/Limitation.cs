namespace CollectionGrains.Outreach;

/// <summary>A household's limitation clock: every unpaid bill's expiry, the earliest of them, and whether it is within the warning (90 days).</summary>
[GenerateSerializer, Immutable, Alias("outreach.Limitation")]
public sealed record Limitation(
    [property: Id(0)] DateOnly? EarliestExpiry,
    [property: Id(1)] IReadOnlyList<BillLimitation> Bills,
    [property: Id(2)] bool Warning);
