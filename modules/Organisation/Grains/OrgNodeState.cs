using CollectionGrains.Organisation.RollUps;

namespace CollectionGrains.Organisation;

/// <summary>What a node stores: where it is in the tree, its child nodes, and the latest totals of every child.</summary>
internal sealed class OrgNodeState
{
    public OrgNodeInfo? Info { get; set; }

    /// <summary>Closed (emptied and taken out of the tree): the node answers as if it did not exist until created again.</summary>
    public bool Closed { get; set; }

    public SortedSet<string> ChildNodes { get; init; } = new(StringComparer.Ordinal);

    public ChildTotalsTable Children { get; init; } = new();

    /// <summary>Raised with every publication: at least the previous version + 1, and at least the time in Unix milliseconds,
    /// so versions keep rising across activations even when the last ones published were never persisted.</summary>
    public long Version { get; set; }

    /// <summary>True when the last write was the one of a clean deactivation: nothing applied was left unpersisted.</summary>
    public bool ClosedCleanly { get; set; }

    /// <summary>Totals frozen at month end, by period (yyyy-MM).</summary>
    public Dictionary<string, Totals> Snapshots { get; init; } = [];
}
