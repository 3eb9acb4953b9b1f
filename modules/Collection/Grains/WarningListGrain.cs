using System.Globalization;
using CollectionGrains.Organisation;
using Npgsql;
using Orleans.Concurrency;

namespace CollectionGrains.Collection;

/// <summary>Reads the warnings at or below a node (<see cref="NodeReach"/>) from collection.warning.</summary>
[StatelessWorker]
internal sealed class WarningListGrain(NpgsqlDataSource database) : Grain, IWarningListGrain
{
    private const string Columns = "household_id, warning_id, kind, level, detail, collector, task_id, suggested_method, raised_on, raised_at, changed_at, cleared_on";

    public async Task<WarningPage> GetAsync(bool? open, int first, string? after)
    {
        first = Math.Clamp(first, 1, 500);
        var reach = await NodeReach.OfAsync(GrainFactory, this.GetPrimaryKeyString());
        var cursor = after?.Split('|', 3) is [var ticks, var household, var id] && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            ? (At: new DateTime(t, DateTimeKind.Utc), Household: household, Id: id) : default;
        await using var command = database.CreateCommand($"""
            SELECT {Columns} FROM collection.warning
             WHERE {NodeReach.Condition("$1", "$2")} AND ($3::bool IS NULL OR (cleared_on IS NULL) = $3)
               AND ($4::timestamptz IS NULL OR (changed_at, household_id, warning_id) < ($4, $5, $6))
             ORDER BY changed_at DESC, household_id DESC, warning_id DESC LIMIT $7
            """);
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Boolean, (object?)open ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.TimestampTz, after is null ? DBNull.Value : cursor.At);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)cursor.Household ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)cursor.Id ?? DBNull.Value);
        command.Parameters.AddWithValue(first + 1);
        var warnings = await ReadAsync(command);
        var next = warnings.Count > first ? warnings[first - 1] : null;
        return new WarningPage([.. warnings.Take(first)],
            next is null ? null : string.Create(CultureInfo.InvariantCulture, $"{next.ChangedAt.UtcTicks}|{next.HouseholdId}|{next.WarningId}"));
    }

    public async Task<IReadOnlyList<Warning>> GetChangedSinceAsync(DateTimeOffset since)
    {
        var reach = await NodeReach.OfAsync(GrainFactory, this.GetPrimaryKeyString());
        await using var command = database.CreateCommand($"""
            SELECT {Columns} FROM collection.warning
             WHERE {NodeReach.Condition("$1", "$2")} AND cleared_on IS NULL AND changed_at > $3
             ORDER BY changed_at LIMIT 500
            """);
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        command.Parameters.AddWithValue(since.UtcDateTime);
        return await ReadAsync(command);
    }

    private static async Task<List<Warning>> ReadAsync(NpgsqlCommand command)
    {
        var warnings = new List<Warning>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            warnings.Add(new Warning(reader.GetString(1), reader.GetString(0), Enum.Parse<WarningKind>(reader.GetString(2)), Enum.Parse<WarningLevel>(reader.GetString(3)),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : Enum.Parse<ContactMethod>(reader.GetString(7)), reader.GetFieldValue<DateOnly>(8),
                reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<DateTimeOffset>(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11)));
        }
        return warnings;
    }
}
