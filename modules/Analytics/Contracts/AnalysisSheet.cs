namespace CollectionGrains.Analytics;

/// <summary>An analysis written as a .xlsx workbook (amounts as numbers, rates as percentages), with the name to save it under.</summary>
[GenerateSerializer, Immutable, Alias("analytics.AnalysisSheet")]
public sealed record AnalysisSheet(
    [property: Id(0)] string FileName,
    [property: Id(1)] byte[] Content);
