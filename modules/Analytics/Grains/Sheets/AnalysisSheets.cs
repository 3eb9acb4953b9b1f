using CollectionGrains.Analytics.Reasons;
using CollectionGrains.Collection;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Analytics.Sheets;

/// <summary>Each analysis as a worksheet (written by <see cref="XlsxWriter"/>, alone or in a report): Chinese headers, amounts and counts as numbers, rates as percentages.</summary>
internal static class AnalysisSheets
{
    public static XlsxSheet Effect(IReadOnlyList<EffectRow> rows) => new("催收效果",
        ["分组", "名称", "联系次数", "7天内缴费占比", "30天内缴费占比", "回款金额", "每次联系回款", "回款中位天数", "兑现承诺"],
        rows.Select(r => Row(r.Key, r.Label, r.Contacts, new Share(r.PaidWithin7Days), new Share(r.PaidWithin30Days), r.Recovered, r.RecoveredPerContact,
            r.MedianDaysToPayment, r.PromisesKept)));

    public static XlsxSheet Reasons(IReadOnlyList<ReasonRow> rows) => new("欠费原因",
        ["原因类别", "原因", "切分", "户数", "逾期本金", "本期应收", "本期实收", "收缴率"],
        rows.Select(r => Row(CutLabels.Category(r.Category), r.Reason, r.CutLabel, r.Households, r.Overdue, r.Receivable, r.Collected,
            r.CollectionRate is { } rate ? new Share(rate) : null)));

    public static XlsxSheet RollRates(IReadOnlyList<RollMonth> months) => new("迁徙率",
        ["月份", "月初日", "月末日", "月初状态", "月末状态", "户数", "月初逾期本金", "月末逾期本金", "迁徙率"],
        months.SelectMany(m => m.Cells.Select(c => Row(m.Month.ToString(), m.Before, m.After, State(c.From), State(c.To), c.Households, c.OverdueBefore,
            c.OverdueAfter, new Share(c.Share)))));

    public static XlsxSheet WeeklyReview(WeeklyReview review) => new("周例会",
        ["排名", "收费员", "联系次数", "触达户数", "承诺", "兑现", "违约", "回款金额", "关闭任务"],
        review.Rows.Select(r => Row(r.Rank, r.Collector, r.Contacts, r.HouseholdsReached, r.PromisesMade, r.PromisesKept, r.PromisesBroken, r.Recovered, r.TasksClosed)));

    public static XlsxSheet Experiments(IReadOnlyList<ExperimentReport> reports) => new("话术实验",
        ["实验", "开始", "状态", "组", "话术", "户数", "联系次数", "用本组话术", "已满7天", "7天内缴费", "转化率", "下限", "上限", "差值(挑战-现用)", "p值", "显著"],
        reports.SelectMany(x => new[] { x.Champion, x.Challenger }.Select(arm => Row(x.Experiment.Name, Kernel.BusinessCalendar.DateOf(x.Experiment.StartedAt),
            x.Experiment.IsRunning ? "进行中" : "已停止", arm.Arm == ExperimentArm.Champion ? "现用" : "挑战", arm.ScriptId, arm.Households, arm.Contacts,
            arm.ContactsWithArmScript, arm.Decided, arm.Converted, Percent(arm.ConversionRate), Percent(arm.Low), Percent(arm.High), Percent(x.Difference),
            x.PValue, x.Significant ? "是" : "否"))));

    public static XlsxSheet Finance(FinanceReport report) => new("收费报表", FinanceHeaders("收费项目"),
        [.. report.Items.Select(i => FinanceRow(i, null)), FinanceRow(report.Total, report.Prepaid)]);

    public static XlsxSheet Trend(IReadOnlyList<TrendPoint> points) => new("趋势",
        ["期间", "开始", "结束", "截至", "月末快照", "应收", "实收", "收缴率", "逾期本金", "逾期户数", "联系次数", "催收回款", "兑现承诺"],
        points.Select(p => Row(p.Label, p.Start, p.End, p.AsOf, p.Kept ? "是" : "否", p.Receivable, p.Collected, Percent(p.CollectionRate), p.Arrears,
            p.OverdueHouseholds, p.Contacts, p.Recovered, p.PromisesKept)));

    /// <summary>Each model version's calibration (newest first): a row per probability band and per credit tag.</summary>
    public static XlsxSheet Credit(IReadOnlyList<CreditCalibration> versions) => new("客户信用",
        ["模型版本", "留出日", "结果日", "模型在用", "分组", "户数", "预测均值", "实际欠费比例"],
        versions.SelectMany(v => v.Bands.Select(b => (Name: $"{b.Low * 100:0}%–{b.High * 100:0}%", Row: b)).Concat(v.Tags.Select(t => (Name: CutLabels.Named($"{t.Tag}"), Row: t)))
            .Select(r => Row(v.ModelVersion, v.HoldoutCut, v.OutcomeDay, v.ModelInUse ? "是" : "否", r.Name, r.Row.Households, new Share(r.Row.PredictedMean),
                new Share(r.Row.ActualRate)))));

    /// <summary>Finance figures of several things (child nodes, months) in the finance report's columns, named in the first.</summary>
    public static XlsxSheet FinanceTotals(string sheetName, string named, IEnumerable<FinanceFigures> rows) =>
        new(sheetName, FinanceHeaders(named)[..^1], rows.Select(r => FinanceRow(r, null).SkipLast(1).ToList()));

    private static string[] FinanceHeaders(string named) =>
        [named, "应收", "实收", "违约金实收", "减免", "收缴率", "年累计应收", "年累计实收", "年收缴率", "年初欠费", "清欠", "欠费", "预交"];

    private static IReadOnlyList<object?> FinanceRow(FinanceFigures f, decimal? prepaid) => Row(f.ItemName, f.Receivable, f.Collected, f.LateFeesCollected, f.Waived,
        Percent(f.CollectionRate), f.ReceivableYear, f.CollectedYear, Percent(f.CollectionRateYear), f.OpeningArrears, f.Recovered, f.Arrears, prepaid);

    private static object? Percent(decimal? share) => share is { } value ? new Share(value) : null;

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    private static string State(RollState state) => CutLabels.Named(state.ToString());
}
