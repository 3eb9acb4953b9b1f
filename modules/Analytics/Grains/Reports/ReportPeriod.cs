using System.Globalization;
using CollectionGrains.Kernel;

namespace CollectionGrains.Analytics.Reports;

/// <summary>
/// The days a report covers: the week (Monday to Sunday) or the month holding a day, and which period a schedule
/// owes at a moment — the last week ended (from Monday 07:00), the last month closed (<see cref="KeptMonths.CloseAfterDays"/>
/// days after its end, from 07:00).
/// </summary>
internal readonly record struct ReportPeriod(ReportCadence Cadence, DateOnly Start, DateOnly End)
{
    public static readonly TimeOnly DeliveryTime = new(7, 0);

    public static ReportPeriod Holding(ReportCadence cadence, DateOnly day) => cadence == ReportCadence.Weekly
        ? new(cadence, BusinessCalendar.WeekStart(day), BusinessCalendar.WeekStart(day).AddDays(6))
        : new(cadence, Period.Of(day).FirstDay, Period.Of(day).LastDay);

    /// <summary>The period a schedule owes at this moment (China time): the last one ended whose delivery time has come.</summary>
    public static ReportPeriod Due(ReportCadence cadence, DateTimeOffset now)
    {
        var local = BusinessCalendar.DateOf(now);
        var early = BusinessCalendar.At(local, DeliveryTime) > now;
        if (cadence == ReportCadence.Weekly)
        {
            var thisWeek = BusinessCalendar.WeekStart(local);
            return Holding(cadence, (early && local == thisWeek ? thisWeek.AddDays(-7) : thisWeek).AddDays(-1));
        }
        var month = Period.Of(local).AddMonths(-1);
        var closesOn = month.LastDay.AddDays(KeptMonths.CloseAfterDays + 1);
        return Holding(cadence, (local < closesOn || (local == closesOn && early) ? month.AddMonths(-1) : month).FirstDay);
    }

    public Period Month => Period.Of(End);

    public string Key => Cadence == ReportCadence.Weekly ? "W" + Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "M" + Month;

    /// <summary>As a title names it: 2026年11月催收分析月报, 2026年11月23日至11月29日催收分析周报.</summary>
    public string Label => Cadence == ReportCadence.Weekly
        ? string.Create(CultureInfo.InvariantCulture, $"{Start.Year}年{Start.Month}月{Start.Day}日至{End.Month}月{End.Day}日催收分析周报")
        : string.Create(CultureInfo.InvariantCulture, $"{Month.Year}年{Month.Month}月催收分析月报");
}
