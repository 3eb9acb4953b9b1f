using CollectionGrains.Organisation.RollUps;

namespace CollectionGrains.Organisation;

/// <summary>What a node stores: where it is in the tree, its child nodes, and the latest totals of every child.</summary>
internal sealed class OrgNodeState
{
    public OrgNodeInfo? Info { get; set; }

    public SortedSet<string> ChildNodes { get; init; } = new(StringComparer.Ordinal);

    public ChildTotalsTable Children { get; init; } = new();

    public long Version { get; set; }

    /// <summary>Totals frozen at month end, by period (yyyy-MM).</summary>
    public Dictionary<string, Totals> Snapshots { get; init; } = [];
}
