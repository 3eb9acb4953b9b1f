using Orleans.Concurrency;

namespace CollectionGrains.Organisation;

/// <summary>
/// One organisation node (key: node id): its place in the tree and the live totals of its subtree. Children (nodes,
/// or households below a building) report their whole totals with a version; the node keeps the latest per child,
/// persists, and reports its own sum to its parent after a short debounce. A report completes once it is persisted.
/// </summary>
public interface IOrgNodeGrain : IGrainWithStringKey
{
    Task CreateAsync(string name, OrgLevel level, string? parentId);

    Task RenameAsync(string name);

    /// <summary>Moves this node under another parent of the level above; its totals move with it.</summary>
    Task MoveAsync(string newParentId);

    [AlwaysInterleave]
    Task<OrgNodeView?> GetAsync();

    [AlwaysInterleave]
    Task<IReadOnlyList<OrgNodeView>> GetChildrenAsync();

    /// <summary>The latest totals of every child this node counts (for a building: each household).</summary>
    [AlwaysInterleave]
    Task<IReadOnlyDictionary<string, Totals>> GetChildTotalsAsync();

    /// <summary>A child's whole totals; an older or repeated version changes nothing.</summary>
    [AlwaysInterleave]
    Task ReportChildTotalsAsync(string childId, VersionedTotals totals);

    /// <summary>A child left (moved away): its totals no longer count here.</summary>
    [AlwaysInterleave]
    Task RemoveChildAsync(string childId, long version);

    /// <summary>Registers a child node created or moved under this node.</summary>
    [AlwaysInterleave]
    Task AddChildAsync(string childId);

    Task WatchAsync(ITotalsObserver observer);

    Task UnwatchAsync(ITotalsObserver observer);
}
