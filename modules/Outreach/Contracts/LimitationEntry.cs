namespace CollectionGrains.Outreach;

/// <summary>A household in arrears whose earliest claim expires soon.</summary>
[GenerateSerializer, Immutable, Alias("outreach.LimitationEntry")]
public sealed record LimitationEntry(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] decimal Owed,
    [property: Id(2)] Limitation Limitation);
