using Orleans.Concurrency;

namespace CollectionGrains.Collection;

/// <summary>The warnings at or below an organisation node (key: node id), read from collection.warning, latest change first.</summary>
public interface IWarningListGrain : IGrainWithStringKey
{
    /// <summary>Open warnings (or cleared ones, or all), a page at a time.</summary>
    [ReadOnly]
    Task<WarningPage> GetAsync(bool? open, int first, string? after);

    /// <summary>Open warnings raised or climbed after a moment, oldest change first (what a watcher has not seen yet).</summary>
    [ReadOnly]
    Task<IReadOnlyList<Warning>> GetChangedSinceAsync(DateTimeOffset since);
}
