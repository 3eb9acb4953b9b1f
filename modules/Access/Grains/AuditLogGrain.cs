using Npgsql;
using NpgsqlTypes;
using Orleans.Concurrency;

namespace CollectionGrains.Access;

/// <summary>Writes and reads access.audit_entry; a stateless worker, so every silo appends locally.</summary>
[StatelessWorker]
internal sealed class AuditLogGrain(NpgsqlDataSource database) : Grain, IAuditLogGrain
{
    private const string Columns = "sequence, at, username, role, operation, target, result, group_id";

    public async Task<AuditEntry> AppendAsync(AuditEntry entry)
    {
        await using var command = database.CreateCommand(
            $"INSERT INTO access.audit_entry (username, role, operation, target, result, group_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {Columns}");
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Username });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.Role?.ToString() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Operation });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.Target ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Result });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.GroupId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Read(reader);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string groupId, long? beforeSequence, int count)
    {
        await using var command = database.CreateCommand(
            $"SELECT {Columns} FROM access.audit_entry WHERE group_id = $1 AND sequence < $2 ORDER BY sequence DESC LIMIT $3");
        command.Parameters.Add(new NpgsqlParameter { Value = groupId });
        command.Parameters.Add(new NpgsqlParameter { Value = beforeSequence ?? long.MaxValue });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync())
        {
            entries.Add(Read(reader));
        }
        return entries;
    }

    private static AuditEntry Read(NpgsqlDataReader row) => new(
        row.GetInt64(0),
        row.GetFieldValue<DateTimeOffset>(1),
        row.GetString(2),
        row.IsDBNull(3) ? null : Enum.Parse<Role>(row.GetString(3)),
        row.GetString(4),
        row.IsDBNull(5) ? null : row.GetString(5),
        row.GetString(6),
        row.IsDBNull(7) ? null : row.GetString(7));
}
