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

    public async Task<Dictionary<string, HouseholdState>> ReadAsync(IReadOnlyCollection<string> householdIds)
    {
        await using var command = database.CreateCommand("""
            SELECT grain_key, payload FROM orleans_grain_state
             WHERE service_id = $1 AND grain_type = $2 AND grain_n0 = 0 AND grain_n1 = 0 AND grain_key = ANY($3) AND payload IS NOT NULL
            """);
        command.Parameters.AddWithValue(cluster.Value.ServiceId);
        command.Parameters.AddWithValue(StateName);
        command.Parameters.AddWithValue(householdIds.ToArray());
        var states = new Dictionary<string, HouseholdState>(householdIds.Count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (serializer.Deserialize<HouseholdState>(new BinaryData(reader.GetFieldValue<byte[]>(1))) is { } state)
            {
                states[reader.GetString(0)] = state;
            }
        }
        return states;
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
