namespace CollectionGrains.Analytics;

/// <summary>
/// One step of a node's trend: the days it covers and the day its standing figures are as of (its last day, today while
/// it runs); for a month its bills (应收), what payments settled of them (实收) and the rate (weeks have none); the
/// principal overdue and the households with some on that day; the contacts made in it, the money attributed to them
/// and the promises among them kept. A closed month's point is its month-end snapshot (<see cref="Kept"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.TrendPoint")]
public sealed record TrendPoint(
    [property: Id(0)] string Label,
    [property: Id(1)] DateOnly Start,
    [property: Id(2)] DateOnly End,
    [property: Id(3)] DateOnly AsOf,
    [property: Id(4)] bool Kept,
    [property: Id(5)] decimal? Receivable,
    [property: Id(6)] decimal? Collected,
    [property: Id(7)] decimal Arrears,
    [property: Id(8)] int OverdueHouseholds,
    [property: Id(9)] int Contacts,
    [property: Id(10)] decimal Recovered,
    [property: Id(11)] int PromisesKept)
{
    public decimal? CollectionRate => Receivable is > 0 && Collected is { } collected ? Math.Round(collected / Receivable.Value, 4) : null;
}
