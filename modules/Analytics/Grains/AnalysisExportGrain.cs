using CollectionGrains.Analytics.Sheets;
using CollectionGrains.Collection;

namespace CollectionGrains.Analytics;

/// <summary>Asks the analysis's own grain and writes what it answers (<see cref="AnalysisSheets"/>).</summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class AnalysisExportGrain : Grain, IAnalysisExportGrain
{
    public async Task<AnalysisSheet> ExportAsync(AnalysisRequest request)
    {
        var node = request.NodeId;
        var (name, content) = request.Kind switch
        {
            AnalysisKind.Effect => ($"催收效果-{Required(request.From, "from"):yyyyMMdd}-{Required(request.To, "to"):yyyyMMdd}",
                AnalysisSheets.Effect(await GrainFactory.GetGrain<IEffectAnalysisGrain>(node).GetAsync(request.From!.Value, request.To!.Value, Required(request.By, "by")))),
            AnalysisKind.Reasons => ($"欠费原因-{Required(request.Period, "period")}",
                AnalysisSheets.Reasons(await GrainFactory.GetGrain<IReasonAnalysisGrain>(node).GetAsync(request.Period!.Value, request.Cut ?? ReasonCut.None))),
            AnalysisKind.RollRates => ($"迁徙率-{Required(request.FromMonth, "fromMonth")}-{Required(request.ToMonth, "toMonth")}",
                AnalysisSheets.RollRates(await GrainFactory.GetGrain<IRollRateGrain>(node).GetAsync(request.FromMonth!.Value, request.ToMonth!.Value))),
            AnalysisKind.WeeklyReview => await WeeklyReviewAsync(node, Required(request.From, "from")),
            AnalysisKind.Finance => ($"收费报表-{Required(request.Period, "period")}",
                AnalysisSheets.Finance(await GrainFactory.GetGrain<IFinanceReportGrain>(node).GetAsync(request.Period!.Value))),
            AnalysisKind.Experiments => ("话术实验", AnalysisSheets.Experiments(await GrainFactory.GetGrain<IExperimentReportGrain>(node).GetAsync())),
            AnalysisKind.Trend => ($"趋势-{Required(request.From, "from"):yyyyMMdd}-{Required(request.To, "to"):yyyyMMdd}",
                AnalysisSheets.Trend(await GrainFactory.GetGrain<ITrendGrain>(node).GetAsync(request.From!.Value, request.To!.Value, request.Step ?? TrendStep.Month))),
            AnalysisKind.Credit => ("客户信用", AnalysisSheets.Credit(await GrainFactory.GetGrain<ICreditCalibrationGrain>(node).HistoryAsync(36))),
            _ => throw CollectionRejectedException.BadInput($"no analysis {request.Kind}"),
        };
        return new AnalysisSheet($"{name}.xlsx", Kernel.Tabular.XlsxWriter.Write(content));
    }

    private async Task<(string, Kernel.Tabular.XlsxSheet)> WeeklyReviewAsync(string projectId, DateOnly day)
    {
        var review = await GrainFactory.GetGrain<IWeeklyReviewGrain>(projectId).GetAsync(day);
        return ($"周例会-{review.WeekStart:yyyyMMdd}", AnalysisSheets.WeeklyReview(review));
    }

    private static T Required<T>(T? value, string argument)
        where T : struct =>
        value ?? throw CollectionRejectedException.BadInput($"this analysis needs {argument}");
}
