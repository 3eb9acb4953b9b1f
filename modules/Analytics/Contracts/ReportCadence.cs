namespace CollectionGrains.Analytics;

/// <summary>How often a node's analysis report is produced: weekly (the week before, Monday to Sunday) or monthly (the month before, once closed).</summary>
public enum ReportCadence
{
    Weekly,
    Monthly,
}
