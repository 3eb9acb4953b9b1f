using CollectionGrains.Collection.Cases;
using CollectionGrains.Collection.Journal;
using CollectionGrains.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Storage;

namespace CollectionGrains.Collection;

/// <summary>
/// The cases' summaries as the Collection tables hold them (collection.household_case): what a project or a collector
/// loads when it activates; the cases then keep it live by telling of every change. And the states of cases opened in
/// bulk, stored as their grains' first write would store them.
/// </summary>
internal sealed class StoredCases(NpgsqlDataSource database, IGrainStorageSerializer serializer, IOptions<ClusterOptions> cluster)
{
    /// <summary>The name under which <see cref="HouseholdCaseGrain"/> stores its state (the table's grain_type).</summary>
    public const string StateName = "householdCase";

    public Task<List<CaseSummary>> OfProjectAsync(string projectId) =>
        ReadAsync("SELECT summary::text FROM collection.household_case WHERE project_id = $1", projectId);

    public Task<List<CaseSummary>> OfCollectorAsync(string collector, string projectId) =>
        ReadAsync("SELECT summary::text FROM collection.household_case WHERE collector = $1 AND project_id = $2", collector, projectId);

    private async Task<List<CaseSummary>> ReadAsync(string sql, params string[] keys)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var key in keys)
        {
            command.Parameters.AddWithValue(key);
        }
        var summaries = new List<CaseSummary>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            summaries.Add(CaseSummaryJson.Read(reader.GetString(0)));
        }
        return summaries;
    }

    /// <summary>
    /// Stores the states of cases that have none yet (version 1, as a grain's first write), with their rows in the
    /// Collection tables, in one transaction; the household ids of those stored. A case whose state exists is left as it is.
    /// </summary>
    public async Task<HashSet<string>> InsertNewAsync(IReadOnlyList<(string HouseholdId, CaseState State, CaseSummary Summary, IReadOnlyList<CaseJournalItem> Facts)> cases)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        HashSet<string> inserted;
        await using (var command = new NpgsqlCommand("""
            INSERT INTO orleans_grain_state (service_id, grain_type, grain_n0, grain_n1, grain_key, payload, version)
            SELECT $1, $2, 0, 0, k, p, 1 FROM unnest($3::text[], $4::bytea[]) AS t(k, p)
            ON CONFLICT DO NOTHING
            RETURNING grain_key
            """, connection, transaction))
        {
            command.Parameters.AddWithValue(cluster.Value.ServiceId);
            command.Parameters.AddWithValue(StateName);
            command.Parameters.AddWithValue(cases.Select(c => c.HouseholdId).ToArray());
            command.Parameters.AddWithValue(cases.Select(c => serializer.Serialize(c.State).ToArray()).ToArray());
            inserted = await command.ReadTextsAsync(new HashSet<string>(cases.Count));
        }
        var rows = new CaseJournalBatch();
        foreach (var (householdId, state, summary, facts) in cases.Where(c => inserted.Contains(c.HouseholdId)))
        {
            rows.Add(CaseJournal.Rows(householdId, state, summary, facts));
        }
        await using var batch = new NpgsqlBatch(connection, transaction);
        Hosting.Journal.JournalWriter<CaseJournalBatch>.AddTo(batch, rows);
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return inserted;
    }
}
