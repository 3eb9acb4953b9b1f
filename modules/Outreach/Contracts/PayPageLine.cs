namespace CollectionGrains.Outreach;

/// <summary>One overdue bill on the pay page: item, period (yyyy-MM), principal and late fee still due.</summary>
[GenerateSerializer, Immutable, Alias("outreach.PayPageLine")]
public sealed record PayPageLine(
    [property: Id(0)] string ItemName,
    [property: Id(1)] string Period,
    [property: Id(2)] decimal Principal,
    [property: Id(3)] decimal LateFee);
