namespace CollectionGrains.Analytics;

/// <summary>Roll rates (迁徙率) at or below a node (key: node id), from the Billing tables.</summary>
public interface IRollRateGrain : IGrainWithStringKey
{
    /// <summary>One matrix per month from <paramref name="from"/>'s month to <paramref name="to"/>'s (at most 24).</summary>
    [ResponseTimeout("00:05:00")]   // a whole group's history is read when a month is not yet kept
    Task<IReadOnlyList<RollMonth>> GetAsync(Kernel.Period from, Kernel.Period to);
}
