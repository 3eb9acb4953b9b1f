namespace CollectionGrains.Outreach;

/// <summary>A project's outreach settings as stored; no policy set: the standard one.</summary>
[GenerateSerializer, Alias("outreach.OutreachProjectState")]
public sealed class OutreachProjectState
{
    [Id(0)] public LegalPolicy? LegalPolicy { get; set; }
}
