using CollectionGrains.Analytics.Standing;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics.Rolls;

/// <summary>
/// Runs the roll-rate statement (<see cref="RollRateSql"/>) for a node over days in order: for each pair of consecutive
/// days (pair i: days[i] → days[i + 1]) the cells of households by their state on both days, and the node's households.
/// One month's pair of a node above a project (the last day of the month before → today, or → the last day of the month
/// before today's) is summed from the households' standing instead.
/// </summary>
internal static class RollPairs
{
    public static async Task<(List<RollCell>[] Pairs, int Households)> ReadAsync(NpgsqlDataSource database, IGrainFactory grains, string nodeId, DateOnly[] days, DateOnly today)
    {
        var reach = await NodeReach.OfAsync(grains, nodeId);
        // One month's pair: the standing holds both of its days (the month before's last day, and the day it is as of).
        var rows = days.Length == 2 && days[0] == Period.Of(days[1]).FirstDay.AddDays(-1)
            ? await HouseholdStanding.ForAsync(grains, nodeId, reach, days[1], today) : StandingRows.History;
        await using var command = GroupHistoryCommand.Create(database, rows == StandingRows.History
            ? RollRateSql.For(ScopeSql.LooksUp(reach)) : StandingSql.RollPair(rows == StandingRows.MonthBefore));
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        if (rows != StandingRows.History)
        {
            command.Parameters.AddWithValue(days[0]);
            command.Parameters.AddWithValue(days[1]);
            command.Parameters.AddWithValue(Period.Of(days[1]).ToString());
        }
        else
        {
            command.Parameters.AddWithValue(reach.Buildings.ToArray());
            command.Parameters.AddWithValue(days);
        }
        var pairs = days.Skip(1).Select(_ => new List<RollCell>()).ToArray();
        var households = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.GetInt32(0) == 0)
            {
                households = reader.GetInt32(3);
                continue;
            }
            pairs[reader.GetInt32(0) - 2].Add(new RollCell((RollState)reader.GetInt32(1), (RollState)reader.GetInt32(2), reader.GetInt32(3),
                reader.GetDecimal(4), reader.GetDecimal(5), 0m));
        }
        return (pairs, households);
    }
}
