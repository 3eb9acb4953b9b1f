namespace CollectionGrains.Organisation;

/// <summary>One change of a node's target, for the audit: what it was, what it became, who and when.</summary>
[GenerateSerializer, Immutable, Alias("organisation.TargetChange")]
public sealed record TargetChange(
    [property: Id(0)] string NodeId,
    [property: Id(1)] NodeTarget? Before,
    [property: Id(2)] NodeTarget After);
