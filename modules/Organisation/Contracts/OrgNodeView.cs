namespace CollectionGrains.Organisation;

/// <summary>A node with its current totals, as drill-down and dashboards read it.</summary>
[GenerateSerializer, Immutable, Alias("organisation.OrgNodeView")]
public sealed record OrgNodeView(
    [property: Id(0)] OrgNodeInfo Info,
    [property: Id(1)] Totals Totals,
    [property: Id(2)] long Version,
    [property: Id(3)] IReadOnlyList<string> ChildIds);
