namespace CollectionGrains.Analytics;

/// <summary>
/// The households that stood at <paramref name="From"/> at one month's end and at <paramref name="To"/> at the next,
/// with their overdue principal at both ends and their share of all households that stood at <paramref name="From"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.RollCell")]
public sealed record RollCell(
    [property: Id(0)] RollState From,
    [property: Id(1)] RollState To,
    [property: Id(2)] int Households,
    [property: Id(3)] decimal OverdueBefore,
    [property: Id(4)] decimal OverdueAfter,
    [property: Id(5)] decimal Share);
