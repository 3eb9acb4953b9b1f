using Npgsql;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// A sealing of the households' standing as of a period's last day (the month before today's, the week before), taken
/// in the order of the households' ids a chunk at a time. Its place is kept in <paramref name="Progress"/> under
/// <paramref name="Key"/> (column <paramref name="KeyColumn"/>), so a keeper on another silo carries on from it.
/// <paramref name="Statement"/> copies what it can for a chunk ($1 the key, $2 the chunk size, $3 the last household
/// taken, $4 the day) and answers the households to work out, which <paramref name="WorkOutAsync"/> does; once complete,
/// <paramref name="Prune"/> drops the rows of earlier periods ($1 the key).
/// </summary>
internal sealed record Sealing(
    string Progress, string KeyColumn, object Key, DateOnly Day, string Statement, string Prune,
    Func<NpgsqlConnection, NpgsqlTransaction, string[], CancellationToken, Task> WorkOutAsync)
{
    /// <summary>Seals the next chunk in the caller's transaction; false once the sealing was already complete.</summary>
    public async Task<bool> ChunkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int chunkSize, CancellationToken cancellationToken)
    {
        await using (var start = Command($"INSERT INTO {Progress} ({KeyColumn}) VALUES ($1) ON CONFLICT DO NOTHING", connection, transaction))
        {
            await start.ExecuteNonQueryAsync(cancellationToken);
        }
        string next;
        await using (var progress = Command($"SELECT next_household, sealed_at IS NOT NULL FROM {Progress} WHERE {KeyColumn} = $1", connection, transaction))
        await using (var reader = await progress.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            if (reader.GetBoolean(1))
            {
                return false;
            }
            next = reader.GetString(0);
        }
        string[] toWork;
        string? last;
        await using (var seal = Command(Statement, connection, transaction))
        {
            seal.CommandTimeout = GroupHistoryCommand.TimeoutSeconds;
            seal.Parameters.AddWithValue(chunkSize);
            seal.Parameters.AddWithValue(next);
            seal.Parameters.AddWithValue(Day);
            await using var reader = await seal.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            (toWork, last) = (reader.GetFieldValue<string[]>(0), reader.IsDBNull(1) ? null : reader.GetString(1));
        }
        if (toWork.Length > 0)
        {
            await WorkOutAsync(connection, transaction, toWork, cancellationToken);
        }
        // The last household taken is where the next chunk starts; none taken: every household has its row.
        await using (var advance = Command(
            $"UPDATE {Progress} SET next_household = coalesce($2, next_household), sealed_at = CASE WHEN $2 IS NULL THEN now() END WHERE {KeyColumn} = $1",
            connection, transaction))
        {
            advance.Parameters.Add(new NpgsqlParameter { Value = (object?)last ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            await advance.ExecuteNonQueryAsync(cancellationToken);
        }
        if (last is null)
        {
            await using var prune = Command(Prune, connection, transaction);
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }
        return true;
    }

    /// <summary>A statement in the transaction with the key bound as $1.</summary>
    private NpgsqlCommand Command(string sql, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue(Key);
        return command;
    }
}
