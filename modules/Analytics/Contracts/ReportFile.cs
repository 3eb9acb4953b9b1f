namespace CollectionGrains.Analytics;

/// <summary>A report's file as downloaded: the name to save it under, its media type and bytes.</summary>
[GenerateSerializer, Immutable, Alias("analytics.ReportFile")]
public sealed record ReportFile(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
