using CollectionGrains.Kernel;

namespace CollectionGrains.Organisation.Targets;

/// <summary>
/// When a month is closed (its month-end snapshot taken and its targets frozen): on its last day, from 23:50 China time,
/// while the totals are still the month's own (the period figures turn to the next month at midnight).
/// </summary>
internal static class MonthEnd
{
    public static readonly TimeOnly CloseAt = new(23, 50);

    /// <summary>The month to close now, or null: only on a month's last day, from <see cref="CloseAt"/>.</summary>
    public static Period? ToClose(DateTimeOffset now)
    {
        var day = BusinessCalendar.DateOf(now);
        return day.AddDays(1).Month != day.Month && BusinessCalendar.TimeOf(now) >= CloseAt ? Period.Of(day) : null;
    }

    /// <summary>How long until the next <see cref="CloseAt"/>.</summary>
    public static TimeSpan UntilNextCheck(DateTimeOffset now)
    {
        var today = BusinessCalendar.At(BusinessCalendar.DateOf(now), CloseAt);
        return (today > now ? today : today.AddDays(1)) - now;
    }
}
