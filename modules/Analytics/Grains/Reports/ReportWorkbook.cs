using CollectionGrains.Analytics.Sheets;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Analytics.Reports;

/// <summary>A report as one workbook: the overview, then a sheet per analysis it holds (amounts as numbers, rates as percentages).</summary>
internal static class ReportWorkbook
{
    public static byte[] Write(ReportFigures report)
    {
        var total = report.Finance.Total;
        List<XlsxSheet> sheets =
        [
            new("概览", ["项目", "值"],
            [
                ["报告", report.Title], ["报告期", $"{report.Start:yyyy-MM-dd} 至 {report.End:yyyy-MM-dd}"], ["数据截至", report.Finance.AsOf],
                ["本月应收", total.Receivable], ["本月实收", total.Collected], ["收缴率", total.CollectionRate is { } rate ? new Share(rate) : null],
                ["欠费", total.Arrears], ["预交", report.Finance.Prepaid],
            ]),
            AnalysisSheets.Finance(report.Finance),
            AnalysisSheets.FinanceTotals("下级单位", "单位", report.Children),
            AnalysisSheets.FinanceTotals("近六个月", "月份", report.Trend),
            AnalysisSheets.Effect(report.Effect),
        ];
        if (report.Cadence == ReportCadence.Monthly)
        {
            sheets.Add(AnalysisSheets.Reasons(report.Reasons));
            sheets.Add(AnalysisSheets.RollRates(report.Roll is { } roll ? [roll] : []));
        }
        if (report.Review is { } review)
        {
            sheets.Add(AnalysisSheets.WeeklyReview(review));
        }
        return XlsxWriter.Write(sheets);
    }
}
