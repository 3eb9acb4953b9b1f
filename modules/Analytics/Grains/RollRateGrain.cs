using CollectionGrains.Analytics.Rolls;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// 迁徙率 at or below a node: one statement over the node's bills and what settled them (<see cref="RollRateSql"/>); a
/// closed month is its month-end snapshot (<see cref="KeptMonths"/>), so only the months from the first one not kept are computed.
/// </summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class RollRateGrain(NpgsqlDataSource database, KeptMonths kept, TimeProvider time) : Grain, IRollRateGrain
{
    private const string Analysis = "rolls";

    public async Task<IReadOnlyList<RollMonth>> GetAsync(Period from, Period to)
    {
        var today = BusinessCalendar.Today(time);
        var (months, _) = MonthEnds.Of(from, to, today);
        var nodeId = this.GetPrimaryKeyString();
        var snapshots = await kept.ReadAsync<RollMonth>(nodeId, Analysis, months.Where(m => KeptMonths.IsClosed(m, today)));
        var unkept = months.SkipWhile(snapshots.ContainsKey).ToArray();
        var computed = unkept.Length == 0 ? [] : await ComputeAsync(nodeId, unkept[0], to, today);
        foreach (var month in computed.Where(m => KeptMonths.IsClosed(m.Month, today) && !snapshots.ContainsKey(m.Month)))
        {
            snapshots[month.Month] = await kept.KeepAsync(nodeId, Analysis, month.Month, month);
        }
        return [.. months.Select(m => snapshots.TryGetValue(m, out var snapshot) ? snapshot.Body : computed.Single(c => c.Month == m))];
    }

    private async Task<IReadOnlyList<RollMonth>> ComputeAsync(string nodeId, Period from, Period to, DateOnly today)
    {
        var (months, days) = MonthEnds.Of(from, to, today);
        var reach = await NodeReach.OfAsync(GrainFactory, nodeId);
        await using var command = database.CreateCommand(RollRateSql.For(ScopeSql.LooksUp(reach)));
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        command.Parameters.AddWithValue(days);
        var cells = months.Select(_ => new List<RollCell>()).ToArray();
        var households = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                if (reader.GetInt32(0) == 0)
                {
                    households = reader.GetInt32(3);
                    continue;
                }
                cells[reader.GetInt32(0) - 2].Add(new RollCell((RollState)reader.GetInt32(1), (RollState)reader.GetInt32(2), reader.GetInt32(3),
                    reader.GetDecimal(4), reader.GetDecimal(5), 0m));
            }
        }
        return [.. months.Select((month, i) => new RollMonth(month, days[i], days[i + 1], RollMatrix.Complete(cells[i], households)))];
    }
}
