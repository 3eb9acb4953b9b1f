using CollectionGrains.Analytics.Standing;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics.Rolls;

/// <summary>
/// Runs the roll-rate statement (<see cref="RollRateSql"/>) for a node over days in order: for each pair of consecutive
/// days (pair i: days[i] → days[i + 1]) the cells of households by their state on both days, and the node's households.
/// For a node above a project whose pairs are each a whole month held by the households' standing (this month, and the
/// month before today's), each pair is summed from the standing instead.
/// </summary>
internal static class RollPairs
{
    public static async Task<(List<RollCell>[] Pairs, int Households)> ReadAsync(NpgsqlDataSource database, IGrainFactory grains, string nodeId, DateOnly[] days, DateOnly today)
    {
        var reach = await NodeReach.OfAsync(grains, nodeId);
        var pairs = days.Skip(1).Select(_ => new List<RollCell>()).ToArray();
        // The standing answers only when it holds every pair, each a whole month (the month before's last day → the day it is as of).
        var sources = pairs.Select((_, i) => days[i] == Period.Of(days[i + 1]).FirstDay.AddDays(-1)
            ? HouseholdStanding.Of(nodeId, reach, days[i + 1], today) : StandingRows.History).ToArray();
        if (sources.All(s => s != StandingRows.History))
        {
            await HouseholdStanding.RefreshAsync(grains);
            var households = 0;
            for (var i = 0; i < pairs.Length; i++)
            {
                await using var pair = GroupHistoryCommand.Create(database, StandingSql.RollPair(sources[i] == StandingRows.MonthBefore));
                pair.Parameters.AddWithValue(reach.Projects.ToArray());
                pair.Parameters.AddWithValue(days[i]);
                pair.Parameters.AddWithValue(days[i + 1]);
                pair.Parameters.AddWithValue(Period.Of(days[i + 1]).ToString());
                households = await ReadAsync(pair, pairs, i);
            }
            return (pairs, households);
        }
        await using var command = GroupHistoryCommand.Create(database, RollRateSql.For(ScopeSql.LooksUp(reach)));
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        command.Parameters.AddWithValue(days);
        return (pairs, await ReadAsync(command, pairs, null));
    }

    /// <summary>Reads a statement's cells into the pairs (into <paramref name="only"/>, when it reads one pair); answers its households.</summary>
    private static async Task<int> ReadAsync(NpgsqlCommand command, List<RollCell>[] pairs, int? only)
    {
        var households = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.GetInt32(0) == 0)
            {
                households = reader.GetInt32(3);
                continue;
            }
            pairs[only ?? reader.GetInt32(0) - 2].Add(new RollCell((RollState)reader.GetInt32(1), (RollState)reader.GetInt32(2), reader.GetInt32(3),
                reader.GetDecimal(4), reader.GetDecimal(5), 0m));
        }
        return households;
    }
}
