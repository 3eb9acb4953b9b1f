using Orleans.Concurrency;

namespace CollectionGrains.Organisation;

/// <summary>
/// One organisation node (key: node id): its place in the tree and the live totals of its subtree. Children (nodes,
/// or households below a building) report their whole totals with a version; the node keeps the latest per child,
/// reports its own sum to its parent after a short debounce, and persists at most once a second.
/// </summary>
public interface IOrgNodeGrain : IGrainWithStringKey
{
    Task CreateAsync(string name, OrgLevel level, string? parentId);

    Task RenameAsync(string name);

    /// <summary>Moves this node under another parent of the level above; its totals move with it.</summary>
    Task MoveAsync(string newParentId);

    /// <summary>Sets (or, with null, clears) a building's address and coordinates.</summary>
    Task SetLocationAsync(BuildingLocation? location);

    /// <summary>
    /// Closes an empty node (no child nodes; for a building, no households): it leaves its parent and no longer exists,
    /// so nothing can be created or registered under it. Closing a node that does not exist changes nothing.
    /// </summary>
    Task CloseAsync();

    [AlwaysInterleave]
    Task<OrgNodeView?> GetAsync();

    /// <summary>Drill-down: the child nodes with their totals, in the order asked for.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<OrgNodeView>> GetChildrenAsync(ChildOrder order = ChildOrder.Name);

    /// <summary>The latest totals of every child this node counts (for a building: each household).</summary>
    [AlwaysInterleave]
    Task<IReadOnlyDictionary<string, VersionedTotals>> GetChildTotalsAsync();

    /// <summary>Recomputes this node's totals from what it holds and reports them up again (a repair step).</summary>
    Task RefreshAsync();

    /// <summary>A child's whole totals; an older or repeated version changes nothing. Completes once persisted.</summary>
    [AlwaysInterleave]
    Task ReportChildTotalsAsync(string childId, VersionedTotals totals);

    /// <summary>
    /// Many children's whole totals at once (households registered in bulk), each applied as by
    /// <see cref="ReportChildTotalsAsync"/>; written at once, and complete once persisted.
    /// </summary>
    Task ReportChildrenTotalsAsync(IReadOnlyDictionary<string, VersionedTotals> reports);

    /// <summary>
    /// A child node's whole totals, like <see cref="ReportChildTotalsAsync"/> but complete once applied: a parent that
    /// stops before persisting them asks its child nodes to report again when it activates. Answers 0 when the report
    /// was taken or is the one held, else the version held that outranks it (an earlier activation of the child published
    /// it): the child continues above it, so its versions need no clock.
    /// </summary>
    [AlwaysInterleave]
    Task<long> ReportChildNodeTotalsAsync(string childId, VersionedTotals totals);

    /// <summary>Reports this node's current totals to its parent again (a parent asks after an unclean stop).</summary>
    [AlwaysInterleave]
    Task ResendToParentAsync();

    /// <summary>A child left (moved away): its totals no longer count here.</summary>
    [AlwaysInterleave]
    Task RemoveChildAsync(string childId, long version);

    /// <summary>Registers a child node created or moved under this node.</summary>
    [AlwaysInterleave]
    Task AddChildAsync(string childId);

    /// <summary>
    /// Closes a period (month end): freezes this node's totals, captured bottom-up so that every node's snapshot is the
    /// exact sum of its children's snapshots. Closing again returns the frozen figures unchanged.
    /// </summary>
    [ResponseTimeout("00:10:00")]
    Task<Totals> ClosePeriodAsync(CollectionGrains.Kernel.Period period);

    /// <summary>The totals frozen when the period was closed, or null if it was not.</summary>
    [AlwaysInterleave]
    Task<Totals?> GetSnapshotAsync(CollectionGrains.Kernel.Period period);

    Task WatchAsync(ITotalsObserver observer);

    Task UnwatchAsync(ITotalsObserver observer);

    /// <summary>Sets the node's target for a month (refused for a closed month, and when the node's parent has one its siblings would then not add up to); cascades it to the children in proportion when asked.</summary>
    Task<NodeTarget> SetTargetAsync(TargetRequest request);

    /// <summary>Changes the children's shares of this node's target by hand: refused unless they still add up to it to the cent.</summary>
    Task<IReadOnlyList<NodeTarget>> AdjustTargetsAsync(CollectionGrains.Kernel.Period period, IReadOnlyList<TargetShare> shares, string by);

    /// <summary>The node's share of its parent's target (from the parent's cascade or adjustment), passed on to its own children in proportion.</summary>
    Task ReceiveTargetAsync(NodeTarget share);

    /// <summary>The target for a month against the live figures (the month-end snapshot once closed), with the forecast; null without a target.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<TargetProgress?> GetTargetAsync(CollectionGrains.Kernel.Period period);

    /// <summary>The changes of the node's target for a month, oldest first.</summary>
    Task<IReadOnlyList<TargetChange>> GetTargetHistoryAsync(CollectionGrains.Kernel.Period period);
}
