using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Analytics.Reports;

/// <summary>Asks each analysis's own grain for what a report shows (<see cref="ReportFigures"/>); nothing here computes a figure.</summary>
internal static class ReportGathering
{
    public static async Task<ReportFigures> GatherAsync(IGrainFactory grains, OrgNodeInfo node, ReportPeriod period, DateOnly today)
    {
        var month = period.Month;
        var monthly = period.Cadence == ReportCadence.Monthly;
        var effectBy = node.Level >= OrgLevel.Project ? EffectDimension.Collector : EffectDimension.Node;
        var finance = grains.GetGrain<IFinanceReportGrain>(node.Id);
        var trend = new List<FinanceFigures>();
        for (var m = month.AddMonths(1 - ReportFigures.TrendMonths); m <= month; m = m.AddMonths(1))
        {
            trend.Add((await finance.GetAsync(m)).Total with { ItemCode = m.ToString(), ItemName = $"{m.Year}年{m.Month}月" });
        }
        var children = new List<FinanceFigures>();
        foreach (var child in await grains.GetGrain<IOrgNodeGrain>(node.Id).GetChildrenAsync())
        {
            children.Add((await grains.GetGrain<IFinanceReportGrain>(child.Info.Id).GetAsync(month)).Total with { ItemCode = child.Info.Id, ItemName = child.Info.Name });
        }
        var last = period.End < today ? period.End : today;
        return new ReportFigures(
            $"{node.Name} {period.Label}", node.Name, node.Level, period.Cadence, period.Start, period.End,
            await finance.GetAsync(month), children, trend, effectBy,
            await grains.GetGrain<IEffectAnalysisGrain>(node.Id).GetAsync(period.Start, last, effectBy),
            monthly ? await grains.GetGrain<IReasonAnalysisGrain>(node.Id).GetAsync(month, ReasonCut.None) : [],
            monthly ? (await grains.GetGrain<IRollRateGrain>(node.Id).GetAsync(month, month))[0] : null,
            !monthly && node.Level == OrgLevel.Project ? await grains.GetGrain<IWeeklyReviewGrain>(node.Id).GetAsync(period.Start) : null);
    }
}
