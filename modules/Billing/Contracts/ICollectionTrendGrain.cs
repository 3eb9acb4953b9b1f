namespace CollectionGrains.Billing;

/// <summary>A node's collection by bill period over the closed months (key: node id), from the Billing tables, read once a day.</summary>
public interface ICollectionTrendGrain : IGrainWithStringKey
{
    /// <summary>The closed months before this one, oldest first, at most <paramref name="months"/> (1–36).</summary>
    Task<IReadOnlyList<MonthCollection>> GetAsync(int months);
}
