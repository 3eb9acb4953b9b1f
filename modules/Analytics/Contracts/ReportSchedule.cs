namespace CollectionGrains.Analytics;

/// <summary>Which reports a node produces and delivers to its managers on its own, and who set that when.</summary>
[GenerateSerializer, Immutable, Alias("analytics.ReportSchedule")]
public sealed record ReportSchedule(
    [property: Id(0)] bool Weekly,
    [property: Id(1)] bool Monthly,
    [property: Id(2)] string? ChangedBy,
    [property: Id(3)] DateTimeOffset? ChangedAt)
{
    public static readonly ReportSchedule Off = new(false, false, null, null);
}
