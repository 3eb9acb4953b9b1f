using System.Text.Json;
using Npgsql;

namespace CollectionGrains.Customers.Credit;

/// <summary>
/// The group's models in customers.credit_model: each training adds the next version (the latest is the one scored with),
/// with its calibration cells in customers.calibration_cell in the same transaction (not in the report, which stays small).
/// </summary>
internal sealed class CreditModelStore(NpgsqlDataSource database)
{
    public async Task<CreditModelReport> AddAsync(string groupId, TrainedCreditModel trained, DateTimeOffset at)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockGroup = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('customers.credit_model:' || $1))", connection, transaction))
        {
            lockGroup.Parameters.AddWithValue(groupId);
            await lockGroup.ExecuteNonQueryAsync();
        }
        await using var next = new NpgsqlCommand("SELECT coalesce(max(version), 0) + 1 FROM customers.credit_model WHERE group_id = $1", connection, transaction);
        next.Parameters.AddWithValue(groupId);
        var full = trained.Report(groupId, (int)(await next.ExecuteScalarAsync())!, at);
        var report = full with { Calibration = null };
        await using var insert = new NpgsqlCommand("""
            INSERT INTO customers.credit_model (group_id, version, trained_at, in_use, report, model) VALUES ($1, $2, $3, $4, $5::jsonb, $6)
            """, connection, transaction);
        insert.Parameters.AddWithValue(groupId);
        insert.Parameters.AddWithValue(report.Version);
        insert.Parameters.AddWithValue(at.UtcDateTime);
        insert.Parameters.AddWithValue(report.InUse);
        insert.Parameters.AddWithValue(JsonSerializer.Serialize(report));
        insert.Parameters.AddWithValue(trained.Model);
        await insert.ExecuteNonQueryAsync();
        await AddCellsAsync(connection, transaction, groupId, report.Version, full.Calibration ?? []);
        await transaction.CommitAsync();
        return report;
    }

    private static async Task AddCellsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string groupId, int version, IReadOnlyList<CalibrationCell> cells)
    {
        await using var insert = new NpgsqlCommand("""
            INSERT INTO customers.calibration_cell (group_id, version, project_id, building_id, band, tag, households, predicted_sum, in_arrears)
            SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::smallint[], $6::text[], $7::int[], $8::numeric[], $9::int[])
            """, connection, transaction);
        insert.Parameters.AddWithValue(groupId);
        insert.Parameters.AddWithValue(version);
        insert.Parameters.AddWithValue(cells.Select(c => c.ProjectId).ToArray());
        insert.Parameters.AddWithValue(cells.Select(c => c.BuildingId).ToArray());
        insert.Parameters.AddWithValue(cells.Select(c => (short)c.Band).ToArray());
        insert.Parameters.AddWithValue(cells.Select(c => c.Tag?.ToString()).ToArray());
        insert.Parameters.AddWithValue(cells.Select(c => c.Households).ToArray());
        insert.Parameters.AddWithValue(cells.Select(c => c.PredictedSum).ToArray());
        insert.Parameters.AddWithValue(cells.Select(c => c.InArrears).ToArray());
        await insert.ExecuteNonQueryAsync();
    }

    public async Task<(CreditModelReport Report, byte[] Model)?> LatestAsync(string groupId, int newerThan = 0)
    {
        await using var command = database.CreateCommand("""
            SELECT report::text, model FROM customers.credit_model WHERE group_id = $1 AND version > $2 ORDER BY version DESC LIMIT 1
            """);
        command.Parameters.AddWithValue(groupId);
        command.Parameters.AddWithValue(newerThan);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? (JsonSerializer.Deserialize<CreditModelReport>(reader.GetString(0))!, (byte[])reader[1])
            : null;
    }
}
