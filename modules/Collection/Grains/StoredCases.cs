using CollectionGrains.Collection.Journal;
using Npgsql;

namespace CollectionGrains.Collection;

/// <summary>
/// The cases' summaries as the Collection tables hold them (collection.household_case): what a project or a collector
/// loads when it activates; the cases then keep it live by telling of every change.
/// </summary>
internal sealed class StoredCases(NpgsqlDataSource database)
{
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
}
