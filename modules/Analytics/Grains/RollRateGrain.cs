using CollectionGrains.Analytics.Rolls;
using CollectionGrains.Kernel;
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
        var (pairs, households) = await RollPairs.ReadAsync(database, GrainFactory, nodeId, days, today);
        return [.. months.Select((month, i) => new RollMonth(month, days[i], days[i + 1], RollMatrix.Complete(pairs[i], households)))];
    }
}
