namespace CollectionGrains.Outreach;

/// <summary>起诉: the court's case number (案号), the court, and the dates known so far.</summary>
[GenerateSerializer, Immutable, Alias("outreach.LawsuitRecord")]
public sealed record LawsuitRecord(
    [property: Id(0)] string CaseNumber,
    [property: Id(1)] string Court,
    [property: Id(2)] DateOnly FiledOn,
    [property: Id(3)] DateOnly? HearingOn,
    [property: Id(4)] DateOnly? JudgmentOn);
