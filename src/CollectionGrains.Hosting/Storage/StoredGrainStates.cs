using CollectionGrains.Hosting.Journal;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Storage;

namespace CollectionGrains.Hosting.Storage;

/// <summary>
/// Grain states read and written straight in the grain-state table, in the group commit's format, for work on many
/// grains without their activations (reconciliation, imports of households and cases new to the system). A write keeps
/// the grains' own promise: a row written since it was read, or one that exists when a new one is meant, is left as it
/// is. Each key is looked up on its own (<c>LIMIT 1</c>), as the group commit does, so that statistics taken while the
/// table was small (a group being set up) cannot make a statement scan it.
/// </summary>
public sealed class StoredGrainStates(NpgsqlDataSource database, IGrainStorageSerializer serializer, IOptions<ClusterOptions> cluster)
{
    /// <summary>The states that exist of <paramref name="keys"/>, with their row versions.</summary>
    public async Task<Dictionary<string, (T State, int Version)>> ReadAsync<T>(string stateName, IReadOnlyCollection<string> keys)
    {
        await using var command = database.CreateCommand("""
            SELECT i.k, g.payload, g.version FROM unnest($3::text[]) AS i(k) CROSS JOIN LATERAL (
                   SELECT payload, version FROM orleans_grain_state
                    WHERE service_id = $1 AND grain_type = $2 AND grain_n0 = 0 AND grain_n1 = 0 AND grain_key = i.k AND payload IS NOT NULL
                    LIMIT 1) g
            """);
        AddKeys(command, stateName, keys);
        var states = new Dictionary<string, (T, int)>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (serializer.Deserialize<T>(new BinaryData(reader.GetFieldValue<byte[]>(1))) is { } state)
            {
                states[reader.GetString(0)] = (state, reader.GetInt32(2));
            }
        }
        return states;
    }

    /// <summary>
    /// Stores states where none exists (version 1, as a grain's first write), each with its rows for the module's tables,
    /// in one transaction (the rows of a state left out are not written); the keys stored.
    /// </summary>
    public async Task<HashSet<string>> InsertNewAsync<T, TBatch>(string stateName, IReadOnlyList<(string Key, T State, TBatch Rows)> states)
        where TBatch : IJournalBatch<TBatch>, new()
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO orleans_grain_state (service_id, grain_type, grain_n0, grain_n1, grain_key, payload, version)
            SELECT $1, $2, 0, 0, k, p, 1 FROM unnest($3::text[], $4::bytea[]) AS t(k, p)
            ON CONFLICT DO NOTHING
            RETURNING grain_key
            """);
        AddStates(command, stateName, [.. states.Select(s => (s.Key, s.State))]);
        return await WriteAsync(command, [.. states.Select(s => (s.Key, s.Rows))]);
    }

    /// <summary>
    /// Writes states over the versions they were read at (the version grows by one, as a grain's write), each with its
    /// rows for the module's tables, in one transaction (the rows of a state left out are not written); the keys written.
    /// </summary>
    public async Task<HashSet<string>> UpdateAsync<T, TBatch>(string stateName, IReadOnlyList<(string Key, T State, int Version, TBatch Rows)> states)
        where TBatch : IJournalBatch<TBatch>, new()
    {
        await using var command = new NpgsqlCommand("""
            WITH input AS MATERIALIZED (SELECT * FROM unnest($3::text[], $4::bytea[], $5::int[]) AS i(k, p, expected)),
            found AS MATERIALIZED (
                SELECT i.k, i.p, i.expected, f.row_id
                  FROM input i CROSS JOIN LATERAL (
                       SELECT g.ctid AS row_id FROM orleans_grain_state g
                        WHERE g.service_id = $1 AND g.grain_type = $2 AND g.grain_n0 = 0 AND g.grain_n1 = 0 AND g.grain_key = i.k AND g.version = i.expected
                        LIMIT 1) f)
            UPDATE orleans_grain_state g SET payload = f.p, version = g.version + 1, modified_at = now()
              FROM found f
             WHERE g.ctid = f.row_id AND g.version = f.expected
            RETURNING f.k
            """);
        AddStates(command, stateName, [.. states.Select(s => (s.Key, s.State))]);
        command.Parameters.AddWithValue(states.Select(s => s.Version).ToArray());
        return await WriteAsync(command, [.. states.Select(s => (s.Key, s.Rows))]);
    }

    /// <summary>The statement that writes the states, then the rows of those it wrote (and their change-feed entries), in one transaction.</summary>
    private async Task<HashSet<string>> WriteAsync<TBatch>(NpgsqlCommand statesWrite, IReadOnlyList<(string Key, TBatch Rows)> rows)
        where TBatch : IJournalBatch<TBatch>, new()
    {
        if (rows.Count == 0)
        {
            return [];
        }
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        (statesWrite.Connection, statesWrite.Transaction) = (connection, transaction);
        var written = await statesWrite.ReadTextsAsync(new HashSet<string>(rows.Count));
        var merged = new TBatch();
        foreach (var (_, batchRows) in rows.Where(r => written.Contains(r.Key)))
        {
            merged.Add(batchRows);
        }
        await using var batch = new NpgsqlBatch(connection, transaction);
        JournalWriter<TBatch>.AddTo(batch, merged);
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return written;
    }

    private void AddStates<T>(NpgsqlCommand command, string stateName, IReadOnlyList<(string Key, T State)> states)
    {
        AddKeys(command, stateName, [.. states.Select(s => s.Key)]);
        command.Parameters.AddWithValue(states.Select(s => serializer.Serialize(s.State).ToArray()).ToArray());
    }

    private void AddKeys(NpgsqlCommand command, string stateName, IReadOnlyCollection<string> keys)
    {
        command.Parameters.AddWithValue(cluster.Value.ServiceId);
        command.Parameters.AddWithValue(stateName);
        command.Parameters.AddWithValue(keys.ToArray());
    }
}
