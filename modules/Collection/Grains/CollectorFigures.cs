using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Collection;

/// <summary>
/// A collector's counters: the contacts they recorded today and this week and the promises they took that were kept or
/// broken this month come from the Collection tables (whoever holds those households now); open promises, open tasks,
/// households and money recovered this month from the live cases of their package.
/// </summary>
internal sealed class CollectorFigures(NpgsqlDataSource database)
{
    public async Task<CollectorCounters> CountersAsync(string collector, IReadOnlyCollection<CaseSummary> cases, DateOnly today)
    {
        var weekStart = BusinessCalendar.WeekStart(today);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        await using var command = database.CreateCommand("""
            SELECT count(*) FILTER (WHERE contacted_at >= $2),
                   count(*),
                   count(*) FILTER (WHERE outside_window),
                   (SELECT count(*) FROM collection.promise p WHERE p.collector = $1 AND NOT p.superseded AND p.state = 'Kept' AND p.decided_on >= $4),
                   (SELECT count(*) FROM collection.promise p WHERE p.collector = $1 AND NOT p.superseded AND p.state = 'Broken' AND p.decided_on >= $4)
              FROM collection.contact WHERE collector = $1 AND contacted_at >= $3
            """);
        command.Parameters.AddWithValue(collector);
        command.Parameters.AddWithValue(BusinessCalendar.At(today, TimeOnly.MinValue).UtcDateTime);
        command.Parameters.AddWithValue(BusinessCalendar.At(weekStart, TimeOnly.MinValue).UtcDateTime);
        command.Parameters.AddWithValue(monthStart);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var month = Period.Of(today);
        return new CollectorCounters(
            (int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2),
            cases.Count(c => c.Promise is { State: PromiseState.Open }), (int)reader.GetInt64(3), (int)reader.GetInt64(4),
            cases.SelectMany(c => c.Recoveries).Where(r => Period.Of(r.On) == month && r.Collector == collector).Sum(r => r.Amount),
            cases.Count(c => c.HasOpenTask), cases.Count);
    }
}
