namespace CollectionGrains.Organisation;

/// <summary>A child's share of its parent's target, adjusted by hand: the amount of the month's bills to collect and/or the arrears to recover.</summary>
[GenerateSerializer, Immutable, Alias("organisation.TargetShare")]
public sealed record TargetShare(
    [property: Id(0)] string NodeId,
    [property: Id(1)] decimal? CollectionAmount,
    [property: Id(2)] decimal? RecoveryAmount);
