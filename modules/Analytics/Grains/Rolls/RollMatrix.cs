namespace CollectionGrains.Analytics.Rolls;

/// <summary>
/// Completes a month's cells: the households current on both days are those of the node not in any other cell, and each
/// cell's share is of the households that started in its row.
/// </summary>
internal static class RollMatrix
{
    public static IReadOnlyList<RollCell> Complete(IReadOnlyList<RollCell> moved, int households)
    {
        var stayedCurrent = households - moved.Sum(c => c.Households);
        IEnumerable<RollCell> all = stayedCurrent > 0 ? [new RollCell(RollState.Current, RollState.Current, stayedCurrent, 0m, 0m, 0m), .. moved] : moved;
        var started = all.GroupBy(c => c.From).ToDictionary(g => g.Key, g => g.Sum(c => c.Households));
        return [.. all.OrderBy(c => c.From).ThenBy(c => c.To).Select(c => c with { Share = Math.Round((decimal)c.Households / started[c.From], 4) })];
    }
}
