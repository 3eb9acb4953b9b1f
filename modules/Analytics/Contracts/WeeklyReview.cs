namespace CollectionGrains.Analytics;

/// <summary>A project's week, Monday to Sunday (China time), one row per collector, best first.</summary>
[GenerateSerializer, Immutable, Alias("analytics.WeeklyReview")]
public sealed record WeeklyReview(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] DateOnly WeekStart,
    [property: Id(2)] IReadOnlyList<WeeklyReviewRow> Rows);
