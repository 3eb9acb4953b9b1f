using CollectionGrains.Kernel;

namespace CollectionGrains.Organisation;

/// <summary>A target set on a node: a collection rate (0–1) and/or a recovery amount, cascaded to the children in proportion when asked.</summary>
[GenerateSerializer, Immutable, Alias("organisation.TargetRequest")]
public sealed record TargetRequest(
    [property: Id(0)] Period Period,
    [property: Id(1)] decimal? CollectionRate,
    [property: Id(2)] decimal? RecoveryAmount,
    [property: Id(3)] bool Cascade,
    [property: Id(4)] string By);
