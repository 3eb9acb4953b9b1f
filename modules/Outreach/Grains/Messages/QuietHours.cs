using CollectionGrains.Collection;
using CollectionGrains.Kernel;

namespace CollectionGrains.Outreach.Messages;

/// <summary>
/// Automated messages go out only inside the project's contact windows (China time): one due outside them waits for the
/// start of the next window; a failed send is retried after 2, 4, 8 … seconds, six tries in all.
/// </summary>
internal static class QuietHours
{
    public const int MaxAttempts = 6;

    public static bool IsOpen(CollectionPolicy policy, DateTimeOffset now) =>
        policy.InWindow(BusinessCalendar.DateOf(now), BusinessCalendar.TimeOf(now));

    /// <summary>The start of the next window after <paramref name="now"/> (within a week; a policy always has one).</summary>
    public static DateTimeOffset NextOpening(CollectionPolicy policy, DateTimeOffset now)
    {
        var today = BusinessCalendar.DateOf(now);
        for (var day = 0; day <= 7; day++)
        {
            var date = today.AddDays(day);
            foreach (var window in policy.WindowsOn(date))
            {
                var start = new DateTimeOffset(date.ToDateTime(window.Start), BusinessCalendar.Offset);
                if (start > now)
                {
                    return start;
                }
            }
        }
        return now.AddDays(1);
    }

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Pow(2, Math.Min(attempts, 10)));
}
