namespace CollectionGrains.Analytics;

/// <summary>趋势 at or below a node (key: node id): the analyses' main figures step by step.</summary>
public interface ITrendGrain : IGrainWithStringKey
{
    /// <summary>The months (at most 24) or weeks (at most 26) holding <paramref name="from"/> to <paramref name="to"/>, none begun after today.</summary>
    [ResponseTimeout("00:05:00")]   // a whole group's history is read when a month is not yet kept
    Task<IReadOnlyList<TrendPoint>> GetAsync(DateOnly from, DateOnly to, TrendStep step);
}
