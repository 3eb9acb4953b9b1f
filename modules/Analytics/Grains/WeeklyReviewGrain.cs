using CollectionGrains.Analytics.Reviews;
using CollectionGrains.Collection;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// 周例会 of a project from the tables the other modules append to: one statement per review, each part on its own index
/// (contacts and payments by project and time, promises by project, tasks by project). Every collector of the project
/// has a row, with zeros for a week without work.
/// </summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class WeeklyReviewGrain(NpgsqlDataSource database) : Grain, IWeeklyReviewGrain
{
    public async Task<WeeklyReview> GetAsync(DateOnly day)
    {
        var projectId = this.GetPrimaryKeyString();
        if ((await GrainFactory.GetGrain<IOrgNodeGrain>(projectId).GetAsync())?.Info.Level != OrgLevel.Project)
        {
            throw CollectionRejectedException.BadInput($"{projectId} is not a project: the weekly review is a project's");
        }
        var week = ReviewWeek.Holding(day);
        var rows = (await GrainFactory.GetGrain<ICollectionProjectGrain>(projectId).GetCollectorsAsync())
            .ToDictionary(c => c.Username, c => new WeeklyReviewRow(c.Username, 0, 0, 0, 0, 0, 0m, 0, 0));
        await using var command = database.CreateCommand(WeeklyReviewSql.Text);
        command.Parameters.AddWithValue(projectId);
        command.Parameters.AddWithValue(week.From.UtcDateTime);
        command.Parameters.AddWithValue(week.Until.UtcDateTime);
        command.Parameters.AddWithValue(week.Start);
        command.Parameters.AddWithValue(week.End);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var collector = reader.GetString(0);
            rows[collector] = new WeeklyReviewRow(collector, reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetDecimal(6), reader.GetInt32(7), 0);
        }
        return new WeeklyReview(projectId, week.Start, Ranking.Rank(rows.Values));
    }
}
