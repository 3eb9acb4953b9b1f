using System.Globalization;
using CollectionGrains.Analytics.Rolls;
using CollectionGrains.Analytics.Standing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// 趋势: a node's main figures month by month (the finance report, the roll rates' standing at each month end, the
/// effect of the month's contacts; a closed month's point kept as its month-end snapshot) or week by week (the households
/// overdue at each Sunday, the effect of the week's contacts; live).
/// </summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class TrendGrain(NpgsqlDataSource database, KeptMonths kept, TimeProvider time) : Grain, ITrendGrain
{
    public const int MaxWeeks = 26;
    private const string Analysis = "trend";

    public Task<IReadOnlyList<TrendPoint>> GetAsync(DateOnly from, DateOnly to, TrendStep step) =>
        step == TrendStep.Month ? MonthsAsync(from, to, BusinessCalendar.Today(time)) : WeeksAsync(from, to, BusinessCalendar.Today(time));

    private async Task<IReadOnlyList<TrendPoint>> MonthsAsync(DateOnly from, DateOnly to, DateOnly today)
    {
        var nodeId = this.GetPrimaryKeyString();
        var (months, days) = MonthEnds.Of(Period.Of(from), Period.Of(to), today);
        var snapshots = await kept.ReadAsync<TrendPoint>(nodeId, Analysis, months.Where(m => KeptMonths.IsClosed(m, today)));
        var missing = months.Where(m => !snapshots.ContainsKey(m)).ToArray();
        var rolls = missing.Length == 0 ? [] : await GrainFactory.GetGrain<IRollRateGrain>(nodeId).GetAsync(missing[0], missing[^1]);
        // The months not kept are worked out side by side (each its finance report and effect), then the closed ones kept.
        var worked = await Task.WhenAll(months.Select(async (month, i) => snapshots.ContainsKey(month) ? null : await PointAsync(nodeId, month, days[i + 1], rolls)));
        var points = new List<TrendPoint>();
        for (var i = 0; i < months.Length; i++)
        {
            if (worked[i] is { } point && !KeptMonths.IsClosed(months[i], today))
            {
                points.Add(point);
                continue;
            }
            var snapshot = worked[i] is { } closed ? await kept.KeepAsync(nodeId, Analysis, months[i], closed) : snapshots[months[i]];
            points.Add(snapshot.Body with { Kept = true });
        }
        return points;
    }

    private async Task<TrendPoint> PointAsync(string nodeId, Period month, DateOnly asOf, IReadOnlyList<RollMonth> rolls)
    {
        var finance = (await GrainFactory.GetGrain<IFinanceReportGrain>(nodeId).GetAsync(month)).Total;
        var overdue = rolls.Single(r => r.Month == month).Cells.Where(c => c.To != RollState.Current).Sum(c => c.Households);
        var (contacts, recovered, promisesKept) = await EffectAsync(nodeId, month.FirstDay, asOf);
        return new TrendPoint(string.Create(CultureInfo.InvariantCulture, $"{month.Year}年{month.Month}月"), month.FirstDay, month.LastDay, asOf, false,
            finance.Receivable, finance.Collected, finance.Arrears, overdue, contacts, recovered, promisesKept);
    }

    private async Task<IReadOnlyList<TrendPoint>> WeeksAsync(DateOnly from, DateOnly to, DateOnly today)
    {
        var (first, last) = (BusinessCalendar.WeekStart(from), BusinessCalendar.WeekStart(to));
        var count = (last.DayNumber - first.DayNumber) / 7 + 1;
        if (count < 1 || count > MaxWeeks || last > today)
        {
            throw CollectionRejectedException.BadInput($"from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}: the weeks run forwards, at most {MaxWeeks} of them, none begun after today");
        }
        var nodeId = this.GetPrimaryKeyString();
        var starts = Enumerable.Range(0, count).Select(w => first.AddDays(7 * w)).ToArray();
        var ends = starts.Select(s => s.AddDays(6) < today ? s.AddDays(6) : today).ToArray();
        var overdue = await OverdueAsync(nodeId, ends, today);
        var points = new List<TrendPoint>();
        for (var w = 0; w < count; w++)
        {
            var (contacts, recovered, promisesKept) = await EffectAsync(nodeId, starts[w], ends[w]);
            points.Add(new TrendPoint(string.Create(CultureInfo.InvariantCulture, $"{starts[w].Month}月{starts[w].Day}日当周"), starts[w], starts[w].AddDays(6), ends[w], false,
                null, null, overdue[w].Principal, overdue[w].Households, contacts, recovered, promisesKept));
        }
        return points;
    }

    /// <summary>
    /// The node's households overdue on each day and their overdue principal: above a project, summed from the standing
    /// for today, the month before's last day and the week before's; the other days by the roll-rate statement in one pass.
    /// </summary>
    private async Task<(int Households, decimal Principal)[]> OverdueAsync(string nodeId, DateOnly[] days, DateOnly today)
    {
        var reach = await Organisation.NodeReach.OfAsync(GrainFactory, nodeId);
        var sources = days.Select(day => HouseholdStanding.OfWeekEnd(nodeId, reach, day, today)).ToArray();
        var history = days.Where((_, i) => sources[i] == StandingRows.History).ToArray();
        var (pairs, _) = history.Length == 0 ? ([], 0) : await RollPairs.ReadAsync(database, GrainFactory, nodeId, [history[0].AddDays(-1), .. history], today);
        if (history.Length < days.Length)
        {
            await HouseholdStanding.RefreshAsync(GrainFactory);
        }
        var overdue = new (int, decimal)[days.Length];
        for (var i = 0; i < days.Length; i++)
        {
            if (sources[i] == StandingRows.History)
            {
                var cells = pairs[Array.IndexOf(history, days[i])].Where(c => c.To != RollState.Current).ToList();
                overdue[i] = (cells.Sum(c => c.Households), cells.Sum(c => c.OverdueAfter));
                continue;
            }
            await using var command = GroupHistoryCommand.Create(database, WeekStandingSql.Overdue(sources[i]));
            command.Parameters.AddWithValue(reach.Projects.ToArray());
            if (sources[i] != StandingRows.Today)
            {
                command.Parameters.AddWithValue(sources[i] == StandingRows.MonthBefore ? Period.Of(days[i]).ToString() : days[i]);
            }
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            overdue[i] = (reader.GetInt32(0), reader.GetDecimal(1));
        }
        return overdue;
    }

    private async Task<(int Contacts, decimal Recovered, int PromisesKept)> EffectAsync(string nodeId, DateOnly from, DateOnly to)
    {
        var rows = await GrainFactory.GetGrain<IEffectAnalysisGrain>(nodeId).GetAsync(from, to, EffectDimension.Method);
        return (rows.Sum(r => r.Contacts), rows.Sum(r => r.Recovered), rows.Sum(r => r.PromisesKept));
    }
}
