using CollectionGrains.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Storage;

namespace CollectionGrains.Billing;

/// <summary>
/// Household states as stored — the system of record — read straight from the grain-state table in one query per set
/// of households, without activating their grains: reconciliation of a million households stays affordable.
/// </summary>
internal sealed class StoredHouseholds(NpgsqlDataSource database, IGrainStorageSerializer serializer, IOptions<ClusterOptions> cluster)
{
    /// <summary>The name under which <see cref="HouseholdGrain"/> stores its state (the table's grain_type).</summary>
    public const string StateName = "household";

    public async Task<Dictionary<string, HouseholdState>> ReadAsync(IReadOnlyCollection<string> householdIds) =>
        (await ReadVersionedAsync(householdIds)).ToDictionary(s => s.Key, s => s.Value.State);

    /// <summary>The states with their row versions, for a write that must find each row as it was read.</summary>
    public async Task<Dictionary<string, (HouseholdState State, int Version)>> ReadVersionedAsync(IReadOnlyCollection<string> householdIds)
    {
        // Each key looked up on its own (LIMIT 1), as the group commit does: planned from the statistics of a table that
        // has grown since (a group being set up), "grain_key = ANY(...)" scanned the whole table.
        await using var command = database.CreateCommand("""
            SELECT i.k, g.payload, g.version FROM unnest($3::text[]) AS i(k) CROSS JOIN LATERAL (
                   SELECT payload, version FROM orleans_grain_state
                    WHERE service_id = $1 AND grain_type = $2 AND grain_n0 = 0 AND grain_n1 = 0 AND grain_key = i.k AND payload IS NOT NULL
                    LIMIT 1) g
            """);
        command.Parameters.AddWithValue(cluster.Value.ServiceId);
        command.Parameters.AddWithValue(StateName);
        command.Parameters.AddWithValue(householdIds.ToArray());
        var states = new Dictionary<string, (HouseholdState, int)>(householdIds.Count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (serializer.Deserialize<HouseholdState>(new BinaryData(reader.GetFieldValue<byte[]>(1))) is { } state)
            {
                states[reader.GetString(0)] = (state, reader.GetInt32(2));
            }
        }
        return states;
    }

    /// <summary>
    /// Writes states over the versions they were read at, in the caller's transaction, as a grain's write would (the
    /// version grows by one); the ids written. A row written by anyone since it was read is left as it is. Each row is
    /// looked up by its key (as in the group commit's statement, so that the plan cannot scan the table).
    /// </summary>
    public async Task<HashSet<string>> UpdateAsync(IReadOnlyList<(HouseholdState State, int Version)> states, NpgsqlConnection connection, NpgsqlTransaction transaction)
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
            """, connection, transaction);
        command.Parameters.AddWithValue(cluster.Value.ServiceId);
        command.Parameters.AddWithValue(StateName);
        command.Parameters.AddWithValue(states.Select(s => s.State.Profile!.HouseholdId).ToArray());
        command.Parameters.AddWithValue(states.Select(s => serializer.Serialize(s.State).ToArray()).ToArray());
        command.Parameters.AddWithValue(states.Select(s => s.Version).ToArray());
        return await command.ReadTextsAsync(new HashSet<string>(states.Count));
    }

    /// <summary>
    /// Stores the states of households that have none yet, as their grains' first write would (version 1), in the
    /// caller's transaction; the ids of those stored. A household whose state exists is left as it is.
    /// </summary>
    public async Task<HashSet<string>> InsertNewAsync(IReadOnlyList<HouseholdState> states, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO orleans_grain_state (service_id, grain_type, grain_n0, grain_n1, grain_key, payload, version)
            SELECT $1, $2, 0, 0, k, p, 1 FROM unnest($3::text[], $4::bytea[]) AS t(k, p)
            ON CONFLICT DO NOTHING
            RETURNING grain_key
            """, connection, transaction);
        command.Parameters.AddWithValue(cluster.Value.ServiceId);
        command.Parameters.AddWithValue(StateName);
        command.Parameters.AddWithValue(states.Select(s => s.Profile!.HouseholdId).ToArray());
        command.Parameters.AddWithValue(states.Select(s => serializer.Serialize(s).ToArray()).ToArray());
        return await command.ReadTextsAsync(new HashSet<string>(states.Count));
    }
}
