using CollectionGrains.Kernel;
using Npgsql;
using Orleans.Concurrency;

namespace CollectionGrains.Collection;

/// <summary>Reads a project's visits from collection.visit (partial index visit_to_review for the queue).</summary>
[StatelessWorker]
internal sealed class VisitReportsGrain(NpgsqlDataSource database) : Grain, IVisitReportsGrain
{
    private string ProjectId => this.GetPrimaryKeyString();

    public async Task<IReadOnlyList<VisitToReview>> GetToReviewAsync(int first)
    {
        await using var command = database.CreateCommand("""
            SELECT household_id, contact_id, collector, visited_at, flagged, problems, distance_m, photo_sha256
              FROM collection.visit
             WHERE project_id = $1 AND (flagged OR sampled) AND reviewed_at IS NULL
             ORDER BY visited_at LIMIT $2
            """);
        command.Parameters.AddWithValue(ProjectId);
        command.Parameters.AddWithValue(Math.Clamp(first, 1, 500));
        var visits = new List<VisitToReview>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            visits.Add(new VisitToReview(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetBoolean(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetDecimal(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
        return visits;
    }

    public async Task<IReadOnlyList<CheatingFigures>> GetCheatingReportAsync(Period month)
    {
        var first = BusinessCalendar.At(month.FirstDay, TimeOnly.MinValue);
        await using var command = database.CreateCommand("""
            SELECT collector, count(*)::int, count(*) FILTER (WHERE flagged)::int, count(*) FILTER (WHERE cheating)::int
              FROM collection.visit
             WHERE project_id = $1 AND visited_at >= $2 AND visited_at < $3
             GROUP BY collector ORDER BY collector
            """);
        command.Parameters.AddWithValue(ProjectId);
        command.Parameters.AddWithValue(first.UtcDateTime);
        command.Parameters.AddWithValue(BusinessCalendar.At(month.AddMonths(1).FirstDay, TimeOnly.MinValue).UtcDateTime);
        var rows = new List<CheatingFigures>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new CheatingFigures(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        }
        return rows;
    }
}
