using CollectionGrains.Analytics.Rolls;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>迁徙率 at or below a node: one statement over the node's bills and what settled them (<see cref="RollRateSql"/>).</summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class RollRateGrain(NpgsqlDataSource database, TimeProvider time) : Grain, IRollRateGrain
{
    public async Task<IReadOnlyList<RollMonth>> GetAsync(Period from, Period to)
    {
        var (months, days) = MonthEnds.Of(from, to, BusinessCalendar.Today(time));
        var reach = await NodeReach.OfAsync(GrainFactory, this.GetPrimaryKeyString());
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
