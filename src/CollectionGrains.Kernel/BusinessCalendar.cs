namespace CollectionGrains.Kernel;

/// <summary>The business day: bills fall due and late fees accrue by China Standard Time (UTC+8, no daylight saving).</summary>
public static class BusinessCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The business date of an instant, whatever offset it was given with: 2026-01-31T20:00Z is 1 February.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The business time of day of an instant (UTC+8).</summary>
    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant of a business date and time of day.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>The Monday of the business week (Monday to Sunday) a date falls in.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
