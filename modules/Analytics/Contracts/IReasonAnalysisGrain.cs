namespace CollectionGrains.Analytics;

/// <summary>欠费原因 at or below a node (key: node id), from the Collection and Billing tables.</summary>
public interface IReasonAnalysisGrain : IGrainWithStringKey
{
    /// <summary>The groups at the end of <paramref name="period"/> (today for the month still running).</summary>
    [ResponseTimeout("00:05:00")]   // a whole group's history is read when a month is not yet kept
    Task<IReadOnlyList<ReasonRow>> GetAsync(Kernel.Period period, ReasonCut cut);
}
