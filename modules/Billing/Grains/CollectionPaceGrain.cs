using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Billing;

/// <summary>
/// A group's collection pace from the Billing tables (key: group id), worked out once a day: for each of the last
/// twelve closed months, what of its bills' principal had been paid by each day of the month, over what was paid by the
/// month's end (reversed payments do not count; what was paid before the month counts from its first day). A day asks for
/// the months of the same calendar month in earlier years where there are any, else all twelve.
/// </summary>
internal sealed class CollectionPaceGrain(NpgsqlDataSource database, BusinessClock clock) : Grain, ICollectionPaceGrain
{
    private DateOnly _readOn;
    private Dictionary<Period, decimal[]> _byMonth = [];

    public async Task<CollectionPace> GetAsync(DateOnly day)
    {
        if (_readOn != clock.Today)
        {
            _byMonth = await ReadAsync((await NodeReach.OfAsync(GrainFactory, this.GetPrimaryKeyString())).Projects, Period.Of(clock.Today));
            _readOn = clock.Today;
        }
        var sameMonth = _byMonth.Where(m => m.Key.Month == day.Month).ToList();
        var months = sameMonth.Count > 0 ? sameMonth : [.. _byMonth];
        var byDay = months.Sum(m => m.Value[Math.Min(day.Day, m.Value.Length) - 1]);
        var byEnd = months.Sum(m => m.Value[^1]);
        return byEnd == 0
            ? new CollectionPace(null, "no closed month of history yet")
            : new CollectionPace(Math.Round(byDay / byEnd, 4),
                sameMonth.Count > 0 ? $"{string.Join(", ", sameMonth.Select(m => m.Key))} (the same month of earlier years)" : $"the last {months.Count} months");
    }

    /// <summary>For each month, the principal of its bills paid by the end of each of its days (cumulative).</summary>
    private async Task<Dictionary<Period, decimal[]>> ReadAsync(IReadOnlyList<string> projects, Period current)
    {
        await using var command = database.CreateCommand("""
            SELECT b.period, greatest(1, a.allocated_on - to_date(b.period || '-01', 'YYYY-MM-DD') + 1) AS day, sum(a.principal)
              FROM billing.bill b
              JOIN billing.allocation a ON a.household_id = b.household_id AND a.bill_id = b.bill_id
             WHERE b.project_id = ANY($1) AND b.period >= $2 AND b.period < $3
               AND a.allocated_on < to_date(b.period || '-01', 'YYYY-MM-DD') + interval '1 month'
               AND NOT EXISTS (SELECT 1 FROM billing.payment_reversal r WHERE r.household_id = a.household_id AND r.payment_id = a.payment_id)
             GROUP BY 1, 2
            """);
        command.Parameters.AddWithValue(projects.ToArray());
        command.Parameters.AddWithValue(current.AddMonths(-12).ToString());
        command.Parameters.AddWithValue(current.ToString());
        command.CommandTimeout = 600;
        var months = new Dictionary<Period, decimal[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var period = Period.Parse(reader.GetString(0));
            var days = months.TryGetValue(period, out var held) ? held : months[period] = new decimal[DateTime.DaysInMonth(period.Year, period.Month)];
            days[Math.Min(reader.GetInt32(1), days.Length) - 1] += reader.GetDecimal(2);
        }
        foreach (var days in months.Values)
        {
            for (var d = 1; d < days.Length; d++)
            {
                days[d] += days[d - 1];
            }
        }
        return months;
    }
}
