namespace CollectionGrains.Billing.Ledger;

/// <summary>
/// The version of a household's totals report: its commit count and the day the totals are for. It only grows, across
/// activations too (the commit count is persisted and the day only moves forward), so a building never goes back to an
/// older report; and it tells reconciliation which ledger and which day the totals a building holds were computed from.
/// </summary>
internal readonly record struct HouseholdReportVersion(long CommitCount, DateOnly Day)
{
    private const int DayBits = 20;

    public long Value => (CommitCount << DayBits) + Day.DayNumber;

    public static HouseholdReportVersion Of(long value) =>
        new(value >> DayBits, DateOnly.FromDayNumber((int)(value & ((1L << DayBits) - 1))));
}
