using CollectionGrains.Analytics.Reasons;
using CollectionGrains.Analytics.Standing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// 欠费原因 at or below a node: one statement over the node's households, their reasons, bills and what settled them; for
/// a node above a project, today's figures are summed from the households' standing, brought up to date first.
/// </summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class ReasonAnalysisGrain(NpgsqlDataSource database, KeptMonths kept, TimeProvider time) : Grain, IReasonAnalysisGrain
{
    /// <summary>A closed month's answer is its month-end snapshot, per cut (<see cref="KeptMonths"/>).</summary>
    public Task<IReadOnlyList<ReasonRow>> GetAsync(Period period, ReasonCut cut)
    {
        var today = BusinessCalendar.Today(time);
        var day = MonthEnds.AsOf(period, today, "the arrears-reason analysis");
        var nodeId = this.GetPrimaryKeyString();
        return kept.OfMonthAsync(nodeId, $"reasons:{cut}", period, today, () => ProduceAsync(nodeId, period, day, cut));
    }

    private async Task<IReadOnlyList<ReasonRow>> ProduceAsync(string nodeId, Period period, DateOnly day, ReasonCut cut)
    {
        var reach = await NodeReach.OfAsync(GrainFactory, nodeId);
        var children = cut == ReasonCut.Node ? await ChildPlaces.OfAsync(GrainFactory, nodeId) : ChildPlaces.None;
        var source = await HouseholdStanding.ForAsync(GrainFactory, nodeId, reach, day, BusinessCalendar.Today(time));
        await using var command = GroupHistoryCommand.Create(database, source == StandingRows.History
            ? ReasonSql.For(cut, ScopeSql.LooksUp(reach)) : StandingSql.Reasons(cut, source == StandingRows.MonthBefore));
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        command.Parameters.AddWithValue(day);
        command.Parameters.AddWithValue(BusinessCalendar.At(day.AddDays(1), TimeOnly.MinValue).UtcDateTime);
        command.Parameters.AddWithValue(period.ToString());
        command.Parameters.AddWithValue(children.Places);
        command.Parameters.AddWithValue(children.Children);
        var rows = new List<ReasonRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(2);
            rows.Add(new ReasonRow(reader.IsDBNull(0) ? null : Enum.Parse<ArrearsReasonCategory>(reader.GetString(0)), reader.GetString(1), key,
                CutLabels.Of(cut, key, children.Names), reader.GetInt32(3), reader.GetDecimal(4), reader.GetDecimal(5), reader.GetDecimal(6)));
        }
        return rows;
    }
}
