using CollectionGrains.Kernel;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// CG_DEMO_TIME (HH:mm, China time): the demo's business day starts at the next such time and runs on from there, so
/// a demo shown (or tested) in the evening still has a collector's day to show — a plan is empty once the day's last
/// contact window has closed. Only ever forward, so what phones and clients stamp with their own clocks is never in the
/// business future. Only with the demo group.
/// </summary>
internal sealed class DemoClock(TimeSpan ahead) : BusinessClock(TimeProvider.System)
{
    public override DateTimeOffset Now => base.Now + ahead;

    public static DemoClock? From(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }
        if (!TimeOnly.TryParseExact(setting, "HH:mm", out var time))
        {
            throw new InvalidOperationException($"CG_DEMO_TIME must be a China time of day as HH:mm (e.g. 10:45), not '{setting}'");
        }
        var now = DateTimeOffset.UtcNow;
        var next = BusinessCalendar.At(BusinessCalendar.DateOf(now), time);
        return new DemoClock((next < now ? next.AddDays(1) : next) - now);
    }
}
