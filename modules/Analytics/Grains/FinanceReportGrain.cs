using CollectionGrains.Analytics.Finance;
using CollectionGrains.Analytics.Standing;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// A node's finance report of a month: live from the Billing tables until the month is closed (today's, above a
/// project, summed from the households' standing), then its month-end snapshot (<see cref="KeptMonths"/>), so it
/// reproduces exactly whatever is recorded or back-dated later.
/// </summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class FinanceReportGrain(NpgsqlDataSource database, KeptMonths kept, TimeProvider time) : Grain, IFinanceReportGrain
{
    public Task<FinanceReport> GetAsync(Period period)
    {
        var today = BusinessCalendar.Today(time);
        var day = MonthEnds.AsOf(period, today, "a finance report");
        var nodeId = this.GetPrimaryKeyString();
        return kept.OfMonthAsync(nodeId, "finance", period, today, () => ProduceAsync(nodeId, period, day), (report, keptAt) => report with { ClosedAt = keptAt });
    }

    private async Task<FinanceReport> ProduceAsync(string nodeId, Period period, DateOnly day)
    {
        var reach = await NodeReach.OfAsync(GrainFactory, nodeId);
        var names = await ItemNamesAsync(nodeId, reach);
        var (items, lookups) = (new List<FinanceFigures>(), ScopeSql.LooksUp(reach));
        var rows = await HouseholdStanding.ForAsync(GrainFactory, nodeId, reach, day, BusinessCalendar.Today(time));
        var month = rows == StandingRows.MonthBefore;
        await using (var command = Command(rows == StandingRows.History ? FinanceSql.Items(lookups) : StandingSql.FinanceItems(month), reach, period, day))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var code = reader.GetString(0);
                items.Add(new FinanceFigures(code, names.GetValueOrDefault(code, code), reader.GetDecimal(1), reader.GetDecimal(2), reader.GetDecimal(3),
                    reader.GetDecimal(4), reader.GetDecimal(5), reader.GetDecimal(6), reader.GetDecimal(7), reader.GetDecimal(8), reader.GetDecimal(9)));
            }
        }
        await using var prepaid = Command(rows == StandingRows.History ? FinanceSql.Prepaid(lookups) : StandingSql.Prepaid(month), reach, period, day);
        return new FinanceReport(nodeId, period, day, items, FinanceFigures.Sum("", "合计", items), (decimal)(await prepaid.ExecuteScalarAsync())!, null);
    }

    private NpgsqlCommand Command(string sql, NodeReach reach, Period period, DateOnly day)
    {
        var command = GroupHistoryCommand.Create(database, sql);
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        command.Parameters.AddWithValue(day);
        command.Parameters.AddWithValue(period.ToString());
        command.Parameters.AddWithValue(new DateOnly(period.Year, 1, 1));
        command.Parameters.AddWithValue(period.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue(BusinessCalendar.At(day.AddDays(1), TimeOnly.MinValue).UtcDateTime);
        return command;
    }

    /// <summary>The charge items' names as the node's projects (or, below a project, its project) call them.</summary>
    private async Task<Dictionary<string, string>> ItemNamesAsync(string nodeId, NodeReach reach)
    {
        var projects = reach.Projects.Count > 0 ? reach.Projects
            : await GrainFactory.GetGrain<IOrgNodeGrain>(nodeId).GetAsync() is { } node && await NodeAncestry.ProjectOfAsync(GrainFactory, node.Info) is { } above ? [above.Id] : [];
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var items in await Task.WhenAll(projects.Select(p => GrainFactory.GetGrain<IBillingProjectGrain>(p).GetChargeItemsAsync())))
        {
            foreach (var item in items)
            {
                names.TryAdd(item.Code, item.Name);
            }
        }
        return names;
    }
}
