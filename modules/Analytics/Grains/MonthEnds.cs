using CollectionGrains.Kernel;

namespace CollectionGrains.Analytics;

/// <summary>
/// The days a month's figures are as of: its last day, today for the month still running. A roll-rate matrix compares
/// the last day before the first month with each month's; months from <c>from</c> to <c>to</c>, forwards, at most
/// <see cref="MaxMonths"/>, none after today's.
/// </summary>
internal static class MonthEnds
{
    public const int MaxMonths = 24;

    public static (Period[] Months, DateOnly[] Days) Of(Period from, Period to, DateOnly today)
    {
        var count = (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
        if (count < 1 || count > MaxMonths || to > Period.Of(today))
        {
            throw Collection.CollectionRejectedException.BadInput(
                $"from {from} to {to}: the months run forwards, at most {MaxMonths} of them, none after this month");
        }
        var months = Enumerable.Range(0, count).Select(from.AddMonths).ToArray();
        DateOnly[] days = [from.FirstDay.AddDays(-1), .. months.Select(m => DayOf(m, today))];
        return (months, days);
    }

    /// <summary>The day a month's figures are as of: its last day, or today while it runs; a month not yet begun is refused.</summary>
    public static DateOnly AsOf(Period month, DateOnly today, string analysis)
    {
        if (month > Period.Of(today))
        {
            throw Collection.CollectionRejectedException.BadInput($"{month} has not begun: {analysis} covers this month or an earlier one");
        }
        return DayOf(month, today);
    }

    private static DateOnly DayOf(Period month, DateOnly today) => month.LastDay < today ? month.LastDay : today;
}
