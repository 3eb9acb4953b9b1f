using System.Globalization;
using CollectionGrains.Analytics.Reasons;
using CollectionGrains.Kernel;

namespace CollectionGrains.Analytics.Reports;

/// <summary>What a report's PDF shows, in order: key figures, the six months' collection rate, the child nodes' rates, the charge items, the effect, then a month's reasons and roll rates or a project's weekly ranking.</summary>
internal static class ReportPdfContent
{
    private const int MostRows = 20;

    public static byte[] Write(ReportFigures report, DateTimeOffset producedAt) => ReportPdf.Write(report.Title, pdf =>
    {
        var (finance, total) = (report.Finance, report.Finance.Total);
        pdf.Title(report.Title, $"报告期 {report.Start:yyyy-MM-dd} 至 {report.End:yyyy-MM-dd} · 数据截至 {finance.AsOf:yyyy-MM-dd} · 生成于 {BusinessCalendar.DateOf(producedAt):yyyy-MM-dd}");
        pdf.Figures([("本月应收", Money.Yuan(total.Receivable)), ("本月实收", Money.Yuan(total.Collected)), ("收缴率", Percent(total.CollectionRate)),
            ("欠费", Money.Yuan(total.Arrears)), ("预交", Money.Yuan(finance.Prepaid))]);
        pdf.Heading("近六个月收缴率");
        pdf.Bars([.. report.Trend.Select(m => (m.ItemName, m.CollectionRate ?? 0, $"{Percent(m.CollectionRate)}  实收 {Money.Yuan(m.Collected)}"))], 1);
        if (report.Children.Count > 0)
        {
            pdf.Heading("下级单位本月收缴率");
            pdf.Bars([.. report.Children.OrderByDescending(c => c.CollectionRate ?? -1).Take(MostRows)
                .Select(c => (c.ItemName, c.CollectionRate ?? 0, $"{Percent(c.CollectionRate)}  欠费 {Money.Yuan(c.Arrears)}"))], 1);
        }
        pdf.Heading("收费项目");
        pdf.Table(["收费项目", "应收", "实收", "收缴率", "年初欠费", "清欠", "欠费"],
            [.. finance.Items.Append(total).Select(i => Cells(i.ItemName, Money.Yuan(i.Receivable), Money.Yuan(i.Collected), Percent(i.CollectionRate),
                Money.Yuan(i.OpeningArrears), Money.Yuan(i.Recovered), Money.Yuan(i.Arrears)))]);
        pdf.Heading(report.EffectBy == EffectDimension.Collector ? "催收效果（按收费员）" : "催收效果（按下级单位）");
        pdf.Table(["名称", "联系次数", "7天内缴费", "30天内缴费", "回款金额", "兑现承诺"],
            [.. report.Effect.OrderByDescending(e => e.Recovered).Take(MostRows).Select(e => Cells(e.Label, Count(e.Contacts), Percent(e.PaidWithin7Days),
                Percent(e.PaidWithin30Days), Money.Yuan(e.Recovered), Count(e.PromisesKept)))]);
        if (report.Cadence == ReportCadence.Monthly)
        {
            pdf.Heading("欠费原因（前十）");
            pdf.Table(["原因类别", "原因", "户数", "逾期本金", "收缴率"],
                [.. report.Reasons.OrderByDescending(r => r.Overdue).Take(10).Select(r => Cells(CutLabels.Category(r.Category), r.Reason, Count(r.Households),
                    Money.Yuan(r.Overdue), Percent(r.CollectionRate)))]);
            if (report.Roll is { } roll)
            {
                pdf.Heading("迁徙率（月初 → 月末，户数占比）");
                pdf.Table(["月初状态", "月末状态", "户数", "月末逾期本金", "迁徙率"],
                    [.. roll.Cells.Select(c => Cells(CutLabels.Named(c.From.ToString()), CutLabels.Named(c.To.ToString()), Count(c.Households),
                        Money.Yuan(c.OverdueAfter), Percent(c.Share)))]);
            }
        }
        if (report.Review is { } review)
        {
            pdf.Heading("周例会排名");
            pdf.Table(["排名", "收费员", "联系", "触达户数", "承诺", "兑现", "违约", "回款金额", "关闭任务"],
                [.. review.Rows.Select(r => Cells(Count(r.Rank), r.Collector, Count(r.Contacts), Count(r.HouseholdsReached), Count(r.PromisesMade),
                    Count(r.PromisesKept), Count(r.PromisesBroken), Money.Yuan(r.Recovered), Count(r.TasksClosed)))]);
        }
    });

    private static string Percent(decimal? share) => share is { } value ? (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Count(int count) => count.ToString("#,##0", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Cells(params string[] cells) => cells;
}
