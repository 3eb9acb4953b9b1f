using CollectionGrains.Analytics.Experiments;
using CollectionGrains.Collection;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>Champion–challenger evidence of a project: its experiments from the project's desk, each arm's households from the tables.</summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class ExperimentReportGrain(NpgsqlDataSource database, TimeProvider time) : Grain, IExperimentReportGrain
{
    public async Task<IReadOnlyList<ExperimentReport>> GetAsync()
    {
        var projectId = this.GetPrimaryKeyString();
        var reports = new List<ExperimentReport>();
        foreach (var experiment in await GrainFactory.GetGrain<ICollectionProjectGrain>(projectId).GetExperimentsAsync())
        {
            reports.Add(ExperimentEvidence.Of(experiment, await HouseholdsAsync(experiment)));
        }
        return reports;
    }

    private async Task<List<ExperimentHousehold>> HouseholdsAsync(ScriptExperiment experiment)
    {
        var now = time.GetUtcNow();
        await using var command = database.CreateCommand(ExperimentSql.Text);
        command.Parameters.AddWithValue(experiment.ProjectId);
        command.Parameters.AddWithValue(experiment.StartedAt.UtcDateTime);
        command.Parameters.AddWithValue((experiment.StoppedAt ?? now).UtcDateTime);
        command.Parameters.AddWithValue(experiment.ChampionScriptId);
        command.Parameters.AddWithValue(experiment.ChallengerScriptId);
        command.Parameters.AddWithValue(now.UtcDateTime);
        var households = new List<ExperimentHousehold>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            households.Add(new ExperimentHousehold(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetBoolean(4), reader.GetBoolean(5)));
        }
        return households;
    }
}
