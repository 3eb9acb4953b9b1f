using CollectionGrains.Collection.Cases;
using CollectionGrains.Collection.Journal;
using CollectionGrains.Hosting.Storage;
using Npgsql;

namespace CollectionGrains.Collection;

/// <summary>
/// The cases' summaries as the Collection tables hold them (collection.household_case): what a project or a collector
/// loads when it activates; the cases then keep it live by telling of every change. And the states of cases opened in
/// bulk, stored as their grains' first write would store them.
/// </summary>
internal sealed class StoredCases(NpgsqlDataSource database, StoredGrainStates states)
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
    public Task<HashSet<string>> InsertNewAsync(IReadOnlyList<(string HouseholdId, CaseState State, CaseSummary Summary, IReadOnlyList<CaseJournalItem> Facts)> cases) =>
        states.InsertNewAsync(StateName, [.. cases.Select(c => (c.HouseholdId, c.State, CaseJournal.Rows(c.HouseholdId, c.State, c.Summary, c.Facts)))]);
}
