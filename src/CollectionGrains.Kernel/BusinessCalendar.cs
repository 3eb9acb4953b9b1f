namespace CollectionGrains.Kernel;

/// <summary>The business day: bills fall due and late fees accrue by China Standard Time (UTC+8, no daylight saving).</summary>
public static class BusinessCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
