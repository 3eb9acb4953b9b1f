using CollectionGrains.Kernel;

namespace CollectionGrains.Organisation;

/// <summary>
/// 催收目标 of a node for a month (OKR): the collection rate of the month's bills (收缴率) by its end, kept also as the
/// amount to collect — the rate times the receivable it was set against, to the cent, which is what cascades and adds
/// up — and/or the opening arrears of earlier years to recover (清欠) from 1 January to the month's end.
/// </summary>
[GenerateSerializer, Immutable, Alias("organisation.NodeTarget")]
public sealed record NodeTarget(
    [property: Id(0)] Period Period,
    [property: Id(1)] decimal? CollectionRate,
    [property: Id(2)] decimal? CollectionAmount,
    [property: Id(3)] decimal? ReceivableBasis,
    [property: Id(4)] decimal? RecoveryAmount,
    [property: Id(5)] TargetSource Source,
    [property: Id(6)] string By,
    [property: Id(7)] DateTimeOffset At)
{
    /// <summary>A child's target from its share: its rate is its amount over its receivable (the parent's rate while it has none).</summary>
    public static NodeTarget ShareOf(NodeTarget parent, Totals child, decimal? collection, decimal? recovery, TargetSource source, string by, DateTimeOffset at) =>
        new(parent.Period,
            collection is null ? null : child.ReceivablePeriod > 0 ? Math.Round(collection.Value / child.ReceivablePeriod, 4) : parent.CollectionRate,
            collection, collection is null ? null : child.ReceivablePeriod, recovery, source, by, at);
}
