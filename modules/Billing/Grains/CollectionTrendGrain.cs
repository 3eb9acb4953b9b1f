using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Billing;

/// <summary>
/// A node's closed months from the Billing tables: one pass over the node's bills of the last 36 periods with their
/// allocations. Today's payments of old bills move "paid to date", so the pass is kept only for a while that grows with
/// what it cost: 20 times its own time, at least 5 s (a project's pass is read again within seconds, a large group's
/// within minutes), and never past the day.
/// </summary>
internal sealed class CollectionTrendGrain(NpgsqlDataSource database, BusinessClock clock) : Grain, ICollectionTrendGrain
{
    private const int MaxMonths = 36;
    private static readonly TimeSpan ShortestKeep = TimeSpan.FromSeconds(5);
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;
    private TimeSpan _keep;
    private List<MonthCollection> _months = [];

    public async Task<IReadOnlyList<MonthCollection>> GetAsync(int months)
    {
        if (months is < 1 or > MaxMonths)
        {
            throw LedgerRejectedException.BadInput($"months must be between 1 and {MaxMonths}");
        }
        var now = clock.Now;
        if (now - _readAt > _keep || DateOnly.FromDateTime(_readAt.DateTime) != clock.Today)
        {
            _months = await ReadAsync(await NodeReach.OfAsync(GrainFactory, this.GetPrimaryKeyString()), Period.Of(clock.Today));
            _readAt = now;
            _keep = TimeSpan.FromTicks(Math.Max(ShortestKeep.Ticks, (clock.Now - now).Ticks * 20));
        }
        return _months.TakeLast(months).ToList();
    }

    private async Task<List<MonthCollection>> ReadAsync(NodeReach reach, Period current)
    {
        await using var command = database.CreateCommand($"""
            SELECT b.period, sum(b.principal) AS receivable,
                   coalesce(sum(paid.by_month_end), 0), coalesce(sum(paid.to_date), 0)
              FROM billing.bill b
              LEFT JOIN LATERAL (
                   SELECT sum(a.principal) FILTER (WHERE a.allocated_on < to_date(b.period || '-01', 'YYYY-MM-DD') + interval '1 month') AS by_month_end,
                          sum(a.principal) AS to_date
                     FROM billing.effective_allocation a
                    WHERE a.household_id = b.household_id AND a.bill_id = b.bill_id) paid ON true
             WHERE b.period >= $3 AND b.period < $4
               AND (b.project_id = ANY($1) OR b.household_id IN (SELECT household_id FROM billing.household WHERE building_id = ANY($2)))
             GROUP BY b.period ORDER BY b.period
            """);
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        command.Parameters.AddWithValue(current.AddMonths(-MaxMonths).ToString());
        command.Parameters.AddWithValue(current.ToString());
        command.CommandTimeout = 600;
        var months = new List<MonthCollection>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            months.Add(new MonthCollection(Period.Parse(reader.GetString(0)), reader.GetDecimal(1), reader.GetDecimal(2), reader.GetDecimal(3)));
        }
        return months;
    }
}
