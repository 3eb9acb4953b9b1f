namespace CollectionGrains.Billing.Lists;

/// <summary>The rules of an arrears list (欠费清单): which households a filter keeps and the order they are listed in.</summary>
internal static class ArrearsArrangement
{
    /// <param name="buildingPaths">Each building's path (项目/管理区/楼栋), the first key of the room order.</param>
    public static List<ArrearsListEntry> Arrange(
        IEnumerable<ArrearsListEntry> entries, ArrearsFilter filter, ArrearsOrder order, IReadOnlyDictionary<string, string> buildingPaths)
    {
        var kept = entries.Where(e =>
            (filter.AgeBuckets is not { Count: > 0 } buckets || buckets.Contains(e.AgeBucket))
            && (filter.MinimumAmount is not { } minimum || e.Total >= minimum)
            && (filter.Vacant is not { } vacant || e.IsVacant == vacant)
            && (filter.CustomerType is not { } type || e.CustomerType == type));
        var sorted = order switch
        {
            ArrearsOrder.AgeDescending => kept.OrderByDescending(e => e.AgeBucket).ThenByDescending(e => e.Total),
            ArrearsOrder.Room => kept.OrderBy(e => buildingPaths.GetValueOrDefault(e.BuildingId), StringComparer.Ordinal).ThenBy(e => e.Room, StringComparer.Ordinal),
            _ => kept.OrderByDescending(e => e.Total),
        };
        return [.. sorted.ThenBy(e => e.HouseholdId, StringComparer.Ordinal)];
    }
}
