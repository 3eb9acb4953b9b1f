namespace CollectionGrains.Analytics;

/// <summary>The analyses a sheet can be made of.</summary>
public enum AnalysisKind
{
    Effect,
    Reasons,
    RollRates,
    WeeklyReview,
    Experiments,
    Finance,
    Trend,
    Credit,
}
