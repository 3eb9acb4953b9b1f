namespace CollectionGrains.Outreach;

/// <summary>A household's outreach as stored: the generation of its pay links (raised by each revocation) and who revoked them last.</summary>
[GenerateSerializer, Alias("outreach.HouseholdOutreachState")]
public sealed class HouseholdOutreachState
{
    [Id(0)] public int PayLinkGeneration { get; set; }

    [Id(1)] public string? PayLinksRevokedBy { get; set; }
}
