namespace CollectionGrains.Outreach;

/// <summary>A household's outreach as stored: the generation of its pay links (raised by each revocation), who revoked them last, its notices and its legal steps.</summary>
[GenerateSerializer, Alias("outreach.HouseholdOutreachState")]
public sealed class HouseholdOutreachState
{
    [Id(0)] public int PayLinkGeneration { get; set; }

    [Id(1)] public string? PayLinksRevokedBy { get; set; }

    [Id(2)] public List<Notice> Notices { get; set; } = [];

    [Id(3)] public List<LegalStepRequest> LegalSteps { get; set; } = [];
}
