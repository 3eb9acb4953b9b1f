using CollectionGrains.Analytics.Rolls;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics.Standing;

/// <summary>A node's households with an overdue bill on given days (the weekly trend's standing at each Sunday).</summary>
internal static class OverdueOnDays
{
    /// <summary>
    /// The node's households overdue on each day and their overdue principal: above a project, summed from the standing
    /// for today, the month before's last day and the week before's; the other days by the roll-rate statement in one pass
    /// (the history, as a project reads every day).
    /// </summary>
    public static async Task<(int Households, decimal Principal)[]> ReadAsync(NpgsqlDataSource database, IGrainFactory grains, string nodeId, DateOnly[] days, DateOnly today)
    {
        if (days.Length == 0)
        {
            return [];
        }
        var reach = await NodeReach.OfAsync(grains, nodeId);
        var sources = days.Select(day => HouseholdStanding.OfWeekEnd(nodeId, reach, day, today)).ToArray();
        var history = days.Where((_, i) => sources[i] == StandingRows.History).ToArray();
        var (pairs, _) = history.Length == 0 ? ([], 0) : await RollPairs.ReadAsync(database, grains, nodeId, [history[0].AddDays(-1), .. history], today);
        if (history.Length < days.Length)
        {
            await HouseholdStanding.RefreshAsync(grains);
        }
        var overdue = new (int, decimal)[days.Length];
        for (var i = 0; i < days.Length; i++)
        {
            if (sources[i] == StandingRows.History)
            {
                var cells = pairs[Array.IndexOf(history, days[i])].Where(c => c.To != RollState.Current).ToList();
                overdue[i] = (cells.Sum(c => c.Households), cells.Sum(c => c.OverdueAfter));
                continue;
            }
            await using var command = GroupHistoryCommand.Create(database, WeekStandingSql.Overdue(sources[i]));
            command.Parameters.AddWithValue(reach.Projects.ToArray());
            if (sources[i] != StandingRows.Today)
            {
                command.Parameters.AddWithValue(sources[i] == StandingRows.MonthBefore ? Period.Of(days[i]).ToString() : days[i]);
            }
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            overdue[i] = (reader.GetInt32(0), reader.GetDecimal(1));
        }
        return overdue;
    }
}
