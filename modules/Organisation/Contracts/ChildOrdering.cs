namespace CollectionGrains.Organisation;

/// <summary>Sorts drill-down rows; "age" ranks by the arrears older than 180 days, then older than 90, and so on.</summary>
public static class ChildOrdering
{
    public static IReadOnlyList<OrgNodeView> Sort(IEnumerable<OrgNodeView> children, ChildOrder order) => order switch
    {
        ChildOrder.CollectionRateAscending => [.. children.OrderBy(c => c.Totals.CollectionRate).ThenBy(c => c.Info.Name, StringComparer.Ordinal)],
        ChildOrder.ArrearsDescending => [.. children.OrderByDescending(c => c.Totals.ArrearsPrincipal + c.Totals.LateFees).ThenBy(c => c.Info.Name, StringComparer.Ordinal)],
        ChildOrder.AgeDescending => [.. children.OrderByDescending(c => AgeKey(c.Totals), AgeComparer.Instance).ThenBy(c => c.Info.Name, StringComparer.Ordinal)],
        _ => [.. children.OrderBy(c => c.Info.Name, StringComparer.Ordinal)],
    };

    private static decimal[] AgeKey(Totals totals) => [.. totals.ArrearsByAge.Reverse()];

    private sealed class AgeComparer : IComparer<decimal[]>
    {
        public static readonly AgeComparer Instance = new();

        public int Compare(decimal[]? x, decimal[]? y) =>
            x!.Zip(y!, (a, b) => a.CompareTo(b)).FirstOrDefault(c => c != 0);
    }
}
