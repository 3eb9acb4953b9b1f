using CollectionGrains.Access;
using CollectionGrains.Analytics.Reports;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using CollectionGrains.Outreach;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Analytics;

/// <summary>
/// A node's analysis reports: produced when asked or when its schedule owes one (checked hourly by a reminder while a
/// schedule is on), written as .xlsx and PDF, kept in analytics.report and delivered to each manager whose scope is
/// the node as a message to staff with both files. A closed month's figures are kept as a whole the first time.
/// </summary>
internal sealed class AnalysisReportGrain(
    [PersistentState("analysisReports")] IPersistentState<AnalysisReportState> state,
    KeptMonths kept,
    ReportStore store,
    TimeProvider time,
    ILogger<AnalysisReportGrain> logger) : Grain, IAnalysisReportGrain, IRemindable
{
    public const string ScheduleBy = "system";   // AnalysisReport.MessageIdOf names it too
    private const string Tick = "analysis-reports";
    private static readonly Role[] NotManagers = [Role.Collector, Role.Auditor];

    private string NodeId => this.GetPrimaryKeyString();

    public Task<ReportSchedule> GetScheduleAsync() => Task.FromResult(state.State.Schedule);

    public async Task<ReportSchedule> ScheduleAsync(bool weekly, bool monthly, string by)
    {
        await NodeAsync();
        state.State.Schedule = new ReportSchedule(weekly, monthly, by, time.GetUtcNow());
        await state.WriteStateAsync();
        if (weekly || monthly)
        {
            await this.RegisterOrUpdateReminder(Tick, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1));
        }
        else if (await this.GetReminder(Tick) is { } tick)
        {
            await this.UnregisterReminder(tick);
        }
        return state.State.Schedule;
    }

    public async Task<AnalysisReport> ProduceAsync(ReportCadence cadence, DateOnly day, string by)
    {
        var node = await NodeAsync();
        var today = BusinessCalendar.Today(time);
        var period = ReportPeriod.Holding(cadence, day);
        if (period.Start > today)
        {
            throw CollectionRejectedException.BadInput($"the {cadence.ToString().ToLowerInvariant()} report of {day:yyyy-MM-dd} covers days that have not begun");
        }
        var figures = cadence == ReportCadence.Monthly
            ? await kept.OfMonthAsync(NodeId, "report", period.Month, today, () => ReportGathering.GatherAsync(GrainFactory, node, period, today))
            : await ReportGathering.GatherAsync(GrainFactory, node, period, today);
        var producedAt = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
        var (xlsx, pdf) = (ReportWorkbook.Write(figures), ReportPdfContent.Write(figures, producedAt));
        var report = new AnalysisReport($"{NodeId}:{period.Key}", NodeId, cadence, figures.Title, period.Start, period.End, producedAt, by, await ManagersAsync());
        await store.SaveAsync(report, xlsx, pdf);
        var outbox = GrainFactory.GetGrain<IMessageOutboxGrain>(0);
        MessageAttachment[] files = [.. new[] { ReportStore.FileOf(report.Title, ReportFormat.Xlsx, xlsx), ReportStore.FileOf(report.Title, ReportFormat.Pdf, pdf) }
            .Select(f => new MessageAttachment(f.FileName, f.ContentType, f.Content))];
        var rate = figures.Finance.Total.CollectionRate is { } r ? (r * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
        foreach (var username in report.Recipients)
        {
            await outbox.SendToStaffAsync(new StaffMessage(report.MessageIdOf(username), NodeId, username,
                $"《{report.Title}》已生成：本月收缴率 {rate}，欠费 {Money.Yuan(figures.Finance.Total.Arrears)}。附件为 Excel 与 PDF，也可在「数据分析 · 分析报告」中查看。", by, files));
        }
        return report;
    }

    public Task<IReadOnlyList<AnalysisReport>> ListAsync(int first) => store.ListAsync(NodeId, Math.Clamp(first, 1, 200));

    public Task<ReportFile?> ReadFileAsync(string reportId, ReportFormat format) => store.ReadFileAsync(NodeId, reportId, format);

    /// <summary>
    /// Produces what the schedule owes and has not delivered: the last week ended, the last month closed (one each, never
    /// a backlog). A weekly schedule also keeps the trend point of the last week closed, while the week before's rows
    /// still answer for it: the weekly trend then reads every closed week from its snapshot.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var schedule = state.State.Schedule;
        if (schedule.Weekly)
        {
            var monday = LastClosedWeek(BusinessCalendar.Today(time));
            try
            {
                await GrainFactory.GetGrain<ITrendGrain>(NodeId).GetAsync(monday, monday.AddDays(6), TrendStep.Week);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.ScheduledReportFailed(e, NodeId, $"trend-week:{monday:yyyy-MM-dd}");   // tried again at the next tick
            }
        }
        foreach (var (cadence, on) in new[] { (ReportCadence.Weekly, schedule.Weekly), (ReportCadence.Monthly, schedule.Monthly) })
        {
            var due = ReportPeriod.Due(cadence, time.GetUtcNow());
            var last = cadence == ReportCadence.Weekly ? state.State.LastWeekly : state.State.LastMonthly;
            if (!on || last >= due.Start)
            {
                continue;
            }
            try
            {
                await ProduceAsync(cadence, due.Start, ScheduleBy);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.ScheduledReportFailed(e, NodeId, due.Key);   // tried again at the next tick
                continue;
            }
            if (cadence == ReportCadence.Weekly)
            {
                state.State.LastWeekly = due.Start;
            }
            else
            {
                state.State.LastMonthly = due.Start;
            }
            await state.WriteStateAsync();
        }
    }

    /// <summary>The Monday of the last week closed by <paramref name="today"/>.</summary>
    private static DateOnly LastClosedWeek(DateOnly today)
    {
        var monday = BusinessCalendar.WeekStart(today).AddDays(-7);
        return KeptMonths.IsWeekClosed(monday, today) ? monday : monday.AddDays(-7);
    }

    private async Task<OrgNodeInfo> NodeAsync() =>
        (await GrainFactory.GetGrain<IOrgNodeGrain>(NodeId).GetAsync())?.Info ?? throw CollectionRejectedException.NotFound($"unknown node {NodeId}");

    /// <summary>The enabled users whose scope is exactly this node, other than collectors and auditors.</summary>
    private async Task<IReadOnlyList<string>> ManagersAsync()
    {
        var users = await GrainFactory.GetGrain<IUserDirectoryGrain>(0).ScopedAtAsync(NodeId, 200);
        var sessions = await Task.WhenAll(users.Select(u => GrainFactory.GetGrain<IUserGrain>(u).GetSessionAsync()));
        return [.. sessions.Where(s => s is { Disabled: false } && !NotManagers.Contains(s.Account.Role)).Select(s => s!.Account.Username).Order(StringComparer.Ordinal)];
    }
}
