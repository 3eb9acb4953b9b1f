namespace CollectionGrains.Analytics;

/// <summary>
/// One collector's week (周例会): contacts made and households reached (answered), promises made, kept and broken in the
/// week, money recovered (attributed as the module README says), tasks closed, and their place in the project's ranking.
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.WeeklyReviewRow")]
public sealed record WeeklyReviewRow(
    [property: Id(0)] string Collector,
    [property: Id(1)] int Contacts,
    [property: Id(2)] int HouseholdsReached,
    [property: Id(3)] int PromisesMade,
    [property: Id(4)] int PromisesKept,
    [property: Id(5)] int PromisesBroken,
    [property: Id(6)] decimal Recovered,
    [property: Id(7)] int TasksClosed,
    [property: Id(8)] int Rank);
