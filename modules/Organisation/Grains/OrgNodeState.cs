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

    /// <summary>The node's targets, by period (yyyy-MM).</summary>
    public Dictionary<string, NodeTarget> Targets { get; init; } = [];

    /// <summary>What each child node was given of the node's target, by period: the cascade's shares, then the adjustments.</summary>
    public Dictionary<string, Dictionary<string, TargetShare>> Shares { get; init; } = [];

    /// <summary>Every change of the node's targets, oldest first (the latest 500).</summary>
    public List<TargetChange> TargetHistory { get; init; } = [];
}
