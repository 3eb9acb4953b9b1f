using System.Globalization;
using CollectionGrains.Analytics.Standing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// 趋势: a node's main figures month by month (the finance report, the roll rates' standing at each month end, the
/// effect of the month's contacts) or week by week (the households overdue at each Sunday, the effect of the week's
/// contacts); a closed month's or week's point kept as first produced after its close.
/// </summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class TrendGrain(NpgsqlDataSource database, KeptMonths kept, TimeProvider time) : Grain, ITrendGrain
{
    public const int MaxWeeks = 26;
    private const string Analysis = "trend";
    private const string WeekAnalysis = "trend-week";

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
        var snapshots = await kept.ReadWeeksAsync<TrendPoint>(nodeId, WeekAnalysis, starts.Where(s => KeptMonths.IsWeekClosed(s, today)));
        var worked = Enumerable.Range(0, count).Where(w => !snapshots.ContainsKey(starts[w])).ToArray();
        var overdue = await OverdueOnDays.ReadAsync(database, GrainFactory, nodeId, [.. worked.Select(w => ends[w])], today);
        var points = new List<TrendPoint>();
        for (var w = 0; w < count; w++)
        {
            if (snapshots.TryGetValue(starts[w], out var snapshot))
            {
                points.Add(snapshot.Body with { Kept = true });
                continue;
            }
            var (contacts, recovered, promisesKept) = await EffectAsync(nodeId, starts[w], ends[w]);
            var (households, principal) = overdue[Array.IndexOf(worked, w)];
            var point = new TrendPoint(string.Create(CultureInfo.InvariantCulture, $"{starts[w].Month}月{starts[w].Day}日当周"), starts[w], starts[w].AddDays(6), ends[w], false,
                null, null, principal, households, contacts, recovered, promisesKept);
            points.Add(KeptMonths.IsWeekClosed(starts[w], today) ? (await kept.KeepWeekAsync(nodeId, WeekAnalysis, starts[w], point)).Body with { Kept = true } : point);
        }
        return points;
    }

    private async Task<(int Contacts, decimal Recovered, int PromisesKept)> EffectAsync(string nodeId, DateOnly from, DateOnly to)
    {
        var rows = await GrainFactory.GetGrain<IEffectAnalysisGrain>(nodeId).GetAsync(from, to, EffectDimension.Method);
        return (rows.Sum(r => r.Contacts), rows.Sum(r => r.Recovered), rows.Sum(r => r.PromisesKept));
    }
}
