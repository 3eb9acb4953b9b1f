namespace CollectionGrains.Outreach;

/// <summary>A household's outreach as stored: the generation of its pay links (raised by each revocation), who revoked them last, its notices, its legal steps and the owner's consent per message channel.</summary>
[GenerateSerializer, Alias("outreach.HouseholdOutreachState")]
public sealed class HouseholdOutreachState
{
    [Id(0)] public int PayLinkGeneration { get; set; }

    [Id(1)] public string? PayLinksRevokedBy { get; set; }

    [Id(2)] public List<Notice> Notices { get; set; } = [];

    [Id(3)] public List<LegalStepRequest> LegalSteps { get; set; } = [];

    [Id(4)] public List<ConsentChange> Consent { get; set; } = [];
}
