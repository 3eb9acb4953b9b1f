namespace CollectionGrains.Billing.Lists;

/// <summary>The rules of an arrears list (欠费清单): which households a filter keeps and the order they are listed in.</summary>
internal static class ArrearsArrangement
{
    public static bool Keeps(this ArrearsFilter filter, ArrearsListEntry entry) =>
        (filter.AgeBuckets is not { Count: > 0 } buckets || buckets.Contains(entry.AgeBucket))
        && (filter.MinimumAmount is not { } minimum || entry.Total >= minimum)
        && (filter.Vacant is not { } vacant || entry.IsVacant == vacant)
        && (filter.CustomerType is not { } type || entry.CustomerType == type)
        && (filter.Hidden is not { } hidden || !hidden.Contains(entry.HouseholdId));

    /// <summary>
    /// The order of a list: largest total first, oldest age bucket first (then largest total), or by building path and
    /// room; the household id breaks every tie, so the order is total and a cursor names one place in it.
    /// </summary>
    public static IComparer<ListedHousehold> Comparer(ArrearsOrder order) => order switch
    {
        ArrearsOrder.AgeDescending => ByAge,
        ArrearsOrder.Room => ByRoom,
        _ => ByAmount,
    };

    private static readonly IComparer<ListedHousehold> ByAmount = Comparer<ListedHousehold>.Create((x, y) =>
        Then(y.Entry.Total.CompareTo(x.Entry.Total), x, y));

    private static readonly IComparer<ListedHousehold> ByAge = Comparer<ListedHousehold>.Create((x, y) =>
        Then(y.Entry.AgeBucket.CompareTo(x.Entry.AgeBucket) is var age and not 0 ? age : y.Entry.Total.CompareTo(x.Entry.Total), x, y));

    private static readonly IComparer<ListedHousehold> ByRoom = Comparer<ListedHousehold>.Create((x, y) =>
        Then(string.CompareOrdinal(x.BuildingPath, y.BuildingPath) is var path and not 0 ? path : string.CompareOrdinal(x.Entry.Room, y.Entry.Room), x, y));

    private static int Then(int first, ListedHousehold x, ListedHousehold y) =>
        first != 0 ? first : string.CompareOrdinal(x.Entry.HouseholdId, y.Entry.HouseholdId);
}
