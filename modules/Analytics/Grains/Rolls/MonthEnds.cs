using CollectionGrains.Kernel;

namespace CollectionGrains.Analytics.Rolls;

/// <summary>
/// The days a roll-rate matrix compares: the last day before the first month, then each month's last day — today for the
/// month still running. Months from <c>from</c> to <c>to</c>, forwards, at most <see cref="MaxMonths"/>, none after today's.
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
        DateOnly[] days = [from.FirstDay.AddDays(-1), .. months.Select(m => m.LastDay < today ? m.LastDay : today)];
        return (months, days);
    }
}
