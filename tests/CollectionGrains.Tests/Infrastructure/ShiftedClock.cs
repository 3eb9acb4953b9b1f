using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Infrastructure;

/// <summary>Business time that a test can move forward (the Orleans runtime keeps the real time).</summary>
public sealed class ShiftedClock(TimeSpan start = default) : BusinessClock(TimeProvider.System)
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset Now => base.Now + start + Shift;

    /// <summary>
    /// Today at 10:45 China time, then running: inside the standard contact windows of weekdays (09:30–12:00) and
    /// weekends (10:30–12:00) for an hour, whenever the test runs — a collector's plan of the day is empty once the
    /// day's last window has closed.
    /// </summary>
    public static ShiftedClock InContactHours()
    {
        var now = DateTimeOffset.UtcNow;
        return new ShiftedClock(BusinessCalendar.At(BusinessCalendar.DateOf(now), new TimeOnly(10, 45)) - now);
    }
}
