namespace CollectionGrains.Analytics;

/// <summary>催收效果 at or below a node (key: node id), from the Collection and Billing tables.</summary>
public interface IEffectAnalysisGrain : IGrainWithStringKey
{
    /// <summary>The contacts made from <paramref name="from"/> to <paramref name="to"/> (days, both included), grouped.</summary>
    [ResponseTimeout("00:05:00")]   // a whole group's history is read when a month is not yet kept
    Task<IReadOnlyList<EffectRow>> GetAsync(DateOnly from, DateOnly to, EffectDimension by);
}
