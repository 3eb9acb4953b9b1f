namespace CollectionGrains.Analytics;

/// <summary>
/// One month of the roll-rate matrix: how the households stood at <paramref name="Before"/> (the previous month's last
/// day) against <paramref name="After"/> (this month's last day, or today for the current month). Cells with no
/// household are left out.
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.RollMonth")]
public sealed record RollMonth(
    [property: Id(0)] Kernel.Period Month,
    [property: Id(1)] DateOnly Before,
    [property: Id(2)] DateOnly After,
    [property: Id(3)] IReadOnlyList<RollCell> Cells);
