using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Analytics.Standing;

/// <summary>When an analysis reads the households' standing instead of the history.</summary>
internal static class HouseholdStanding
{
    /// <summary>
    /// Which rows answer for this node as of <paramref name="day"/>: for a node above a project, today's standing when
    /// the day is today, the month rows when it is the last day of the month before today's; otherwise the history.
    /// </summary>
    public static StandingRows Of(string nodeId, NodeReach reach, DateOnly day, DateOnly today) =>
        !ScopeSql.AboveProjects(nodeId, reach) ? StandingRows.History
            : day == today ? StandingRows.Today
            : day == Period.Of(today).FirstDay.AddDays(-1) ? StandingRows.MonthBefore
            : StandingRows.History;

    /// <summary>
    /// <see cref="Of"/> for a week's end, which the rows of the week before today's answer too. Only the households
    /// overdue have those rows, so they answer no other figure.
    /// </summary>
    public static StandingRows OfWeekEnd(string nodeId, NodeReach reach, DateOnly day, DateOnly today)
    {
        var rows = Of(nodeId, reach, day, today);
        return rows == StandingRows.History && ScopeSql.AboveProjects(nodeId, reach) && day == BusinessCalendar.WeekStart(today).AddDays(-1)
            ? StandingRows.WeekBefore : rows;
    }

    /// <summary><see cref="Of"/>; if the standing answers, it is brought up to every fact committed so far before this returns.</summary>
    public static async Task<StandingRows> ForAsync(IGrainFactory grains, string nodeId, NodeReach reach, DateOnly day, DateOnly today)
    {
        var rows = Of(nodeId, reach, day, today);
        if (rows != StandingRows.History)
        {
            await RefreshAsync(grains);
        }
        return rows;
    }

    /// <summary>Brings the standing up to every fact committed so far.</summary>
    public static Task RefreshAsync(IGrainFactory grains) => grains.GetGrain<IHouseholdStandingGrain>(0).RefreshAsync();
}
