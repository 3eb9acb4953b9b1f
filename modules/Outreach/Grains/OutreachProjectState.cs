namespace CollectionGrains.Outreach;

/// <summary>A project's outreach settings as stored; no policy set: the standard one; no reminders set: off.</summary>
[GenerateSerializer, Alias("outreach.OutreachProjectState")]
public sealed class OutreachProjectState
{
    [Id(0)] public LegalPolicy? LegalPolicy { get; set; }

    [Id(1)] public ServiceCentre? ServiceCentre { get; set; }

    [Id(2)] public AutomaticReminders? AutomaticReminders { get; set; }
}
