namespace CollectionGrains.Analytics;

/// <summary>
/// A node's finance report (收费 / 欠费 / 预交 / 应收报表) for a month: the figures by charge item and in all, the prepaid
/// balance (预交) that day, and whether it is a closed month's report kept as first produced after the close.
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.FinanceReport")]
public sealed record FinanceReport(
    [property: Id(0)] string NodeId,
    [property: Id(1)] Kernel.Period Period,
    [property: Id(2)] DateOnly AsOf,
    [property: Id(3)] IReadOnlyList<FinanceFigures> Items,
    [property: Id(4)] FinanceFigures Total,
    [property: Id(5)] decimal Prepaid,
    [property: Id(6)] DateTimeOffset? ClosedAt);
