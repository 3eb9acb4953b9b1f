namespace CollectionGrains.Outreach;

/// <summary>When a household becomes eligible for a legal step: arrears at least this old and this large, after this many contacts without result.</summary>
[GenerateSerializer, Immutable, Alias("outreach.LegalThreshold")]
public sealed record LegalThreshold(
    [property: Id(0)] LegalStep Step,
    [property: Id(1)] int MinAgeDays,
    [property: Id(2)] decimal MinAmount,
    [property: Id(3)] int MinContacts);
