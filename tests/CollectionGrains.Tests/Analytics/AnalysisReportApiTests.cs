using System.Globalization;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;
using CollectionGrains.Tests.Outreach;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// 分析报告 through the API: a closed month's report of a project worked out by hand (two households, one paid), as
/// .xlsx and PDF; delivered to the project's manager (not its collector) through the outbox with both files; produced
/// again after a payment back-dated into the month, the same figures; a week's report; and the schedule delivering
/// the week and month it owes by itself.
/// </summary>
public sealed class AnalysisReportApiTests
{
    private const string Produce = "mutation($n: ID!, $c: ReportCadence!, $d: Date!) { produceReport(input: {nodeId: $n, cadence: $c, day: $d}) { id title start end producedBy } }";
    private const string Reports = "query($n: ID!) { analysisReports(nodeId: $n) { id title cadence start producedBy deliveries { username status } } }";

    [Fact]
    public async Task A_closed_month_is_reported_by_hand_delivered_to_the_managers_and_reproduced_after_a_back_dated_payment()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("reports"), outreach: s => s.WithWebhook(receiver.Url, receiver.Key));
        var tree = await OrgTree.CreateAsync(api.Grains);
        var project = api.Grains.GetGrain<IBillingProjectGrain>(tree.Project);
        await project.SetPolicyAsync(LateFeePolicy.Standard with { DailyRate = 0m });
        await project.SetChargeItemAsync(BillingFixtures.PropertyFee);
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        var month = Period.Of(today).AddMonths(-2);   // closed: more than 3 days after its end, whatever today is
        // h1 (1栋, 一区) owes ¥300 of the month and pays it on the 20th; h2 (3栋, 二区) owes ¥300 and does not pay.
        var h1 = await HouseholdAsync(api, tree, 0, "h1", month);
        var h2 = await HouseholdAsync(api, tree, 2, "h2", month);
        await h1.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("rep"), 300m) with { PaidAt = BusinessCalendar.At(month.Day(20), new TimeOnly(10, 0)) });
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (manager, collector) = ($"pm-{suffix}", $"col-{suffix}");
        await api.Grains.GetGrain<IUserGrain>(manager).CreateAsync(new NewUser(new UserAccount(manager, "李强", Role.ProjectManager, tree.Project), "Report-Pass-2026!"));
        await api.Grains.GetGrain<IUserGrain>(collector).CreateAsync(new NewUser(new UserAccount(collector, "王磊", Role.Collector, tree.Project), "Report-Pass-2026!"));
        var token = api.TokenFor(Role.ProjectManager, tree.Project, manager);
        await Eventually.TrueAsync(async () => await ArrearsAsync(api, tree.Project, Period.Of(today), token) == "300.00", TimeSpan.FromSeconds(30),
            "the bills and payment reach the tables (asked of this month, live: a closed month would be kept as first asked)");
        var report = (await api.DataAsync(Produce, new { n = tree.Project, c = "MONTHLY", d = month.Day(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, token))["produceReport"]!;
        Assert.Equal($"幸福里 {month.Year}年{month.Month}月催收分析月报", report["title"]!.GetValue<string>());
        Assert.Equal((month.FirstDay, month.LastDay), (DateOnly.Parse(report["start"]!.GetValue<string>(), CultureInfo.InvariantCulture), DateOnly.Parse(report["end"]!.GetValue<string>(), CultureInfo.InvariantCulture)));
        var id = report["id"]!.GetValue<string>();
        var xlsx = await DownloadAsync(api, tree.Project, id, "XLSX", token);
        var overview = Sheet(xlsx, "概览");
        Assert.Equal([600m, 300m, 0.5m, 300m, 0m], new[] { "本月应收", "本月实收", "收缴率", "欠费", "预交" }.Select(f => Value(overview, f)));
        var children = Sheet(xlsx, "下级单位");
        Assert.Equal([("一区", 300m, 300m, 0m), ("二区", 300m, 0m, 300m)], Enumerable.Range(0, 2)
            .Select(i => (children.Cell(i, "单位"), Number(children.Cell(i, "应收")), Number(children.Cell(i, "实收")), Number(children.Cell(i, "欠费")))).OrderBy(c => c.Item1, StringComparer.Ordinal));
        var trend = Sheet(xlsx, "近六个月");
        Assert.Equal(6, trend.Rows.Count);
        Assert.Equal(600m, Number(trend.Cell(5, "应收")));
        Assert.Equal(0m, Enumerable.Range(0, 5).Sum(i => Number(trend.Cell(i, "应收"))));
        var rolls = Sheet(xlsx, "迁徙率");   // both current at the month before's end; at this month's end h2 is 16 days overdue
        Assert.Equal([("未逾期", "0–30天", 1), ("未逾期", "未逾期", 1)], Enumerable.Range(0, rolls.Rows.Count)
            .Select(i => (rolls.Cell(i, "月初状态"), rolls.Cell(i, "月末状态"), int.Parse(rolls.Cell(i, "户数"), CultureInfo.InvariantCulture))).Where(c => c.Item3 > 0).OrderBy(c => c.Item2, StringComparer.Ordinal));
        var reasons = Sheet(xlsx, "欠费原因");
        Assert.Equal(("未登记", 1, 300m), (reasons.Cell(0, "原因类别"), int.Parse(reasons.Cell(0, "户数"), CultureInfo.InvariantCulture), Number(reasons.Cell(0, "逾期本金"))));

        var pdf = await DownloadAsync(api, tree.Project, id, "PDF", token);
        var text = await PrintedDocuments.PdfTextAsync(pdf);
        foreach (var expected in new[] { "催收分析", "月报", "¥600.00", "¥300.00", "50.00%", "一区", "二区", "100.00%", "未登记", "迁徙率" })
        {
            Assert.Contains(expected, text);
        }

        // Delivered to the project manager only (a collector is not a manager), through the outbox, with both files.
        JsonNode listed = new JsonObject();
        await Eventually.TrueAsync(async () =>
        {
            listed = (await api.DataAsync(Reports, new { n = tree.Project }, token))["analysisReports"]![0]!;
            return listed["deliveries"]!.AsArray().All(d => d!["status"]!.GetValue<string>() == "SENT");
        }, TimeSpan.FromSeconds(30), "the report's message is sent");
        Assert.Equal([manager], listed["deliveries"]!.AsArray().Select(d => d!["username"]!.GetValue<string>()));
        var posted = JsonNode.Parse(receiver.Taken.Single(t => t.Key.StartsWith(id, StringComparison.Ordinal)).Value)!;
        Assert.Equal("user:" + manager, posted["recipient"]!.GetValue<string>());
        Assert.Contains("收缴率 50.00%", posted["text"]!.GetValue<string>());
        var files = posted["attachments"]!.AsArray().ToDictionary(a => Path.GetExtension(a!["name"]!.GetValue<string>()), a => Convert.FromBase64String(a!["content"]!.GetValue<string>()));
        Assert.Equal(xlsx, files[".xlsx"]);
        Assert.Equal(pdf, files[".pdf"]);

        // ¥100 back-dated into the month: a node first asked afterwards shows it; the month's report is as it was.
        await h2.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("rep"), 100m) with { PaidAt = BusinessCalendar.At(month.Day(25), new TimeOnly(10, 0)) });
        await Eventually.TrueAsync(async () => await ArrearsAsync(api, tree.Buildings[2], Period.Of(today), token) == "200.00", TimeSpan.FromSeconds(30),
            "the back-dated payment reaches the tables");
        Assert.Equal("200.00", await ArrearsAsync(api, tree.Buildings[2], month, token));
        var again = (await api.DataAsync(Produce, new { n = tree.Project, c = "MONTHLY", d = month.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, token))["produceReport"]!;
        Assert.Equal(id, again["id"]!.GetValue<string>());
        var reproduced = await DownloadAsync(api, tree.Project, id, "XLSX", token);
        foreach (var sheet in new[] { "概览", "收费报表", "下级单位", "近六个月", "欠费原因", "迁徙率" })
        {
            Assert.Equal(Sheet(xlsx, sheet).Rows, Sheet(reproduced, sheet).Rows);
        }
        Assert.Equal(text, await PrintedDocuments.PdfTextAsync(await DownloadAsync(api, tree.Project, id, "PDF", token)));

        // The month in the trend is its month-end snapshot too: as the report had it, before the back-dated payment.
        var months = (await api.DataAsync("query($n: ID!, $f: Date!, $t: Date!) { analysisTrend(nodeId: $n, from: $f, to: $t, step: MONTH) { start kept receivable collected arrears overdueHouseholds } }",
            new { n = tree.Project, f = month.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, token))["analysisTrend"]!.AsArray();
        Assert.Equal(3, months.Count);
        Assert.Equal((true, "600.00", "300.00", "300.00", 1), (months[0]!["kept"]!.GetValue<bool>(), months[0]!["receivable"]!.GetValue<string>(),
            months[0]!["collected"]!.GetValue<string>(), months[0]!["arrears"]!.GetValue<string>(), months[0]!["overdueHouseholds"]!.GetValue<int>()));

        // This week's report: the project's weekly ranking instead of reasons and roll rates.
        var week = (await api.DataAsync(Produce, new { n = tree.Project, c = "WEEKLY", d = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, token))["produceReport"]!;
        Assert.Equal(BusinessCalendar.WeekStart(today), DateOnly.Parse(week["start"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.EndsWith("周报", week["title"]!.GetValue<string>());
        var weekly = await DownloadAsync(api, tree.Project, week["id"]!.GetValue<string>(), "XLSX", token);
        Assert.NotEmpty(XlsxReader.Read(weekly, "周例会"));
        Assert.Throws<FormatException>(() => XlsxReader.Read(weekly, "欠费原因"));

        // The schedule's production of a period, done again (as after a silo died mid-delivery), is one message a manager.
        var reports = api.Grains.GetGrain<CollectionGrains.Analytics.IAnalysisReportGrain>(tree.Project);
        await reports.ProduceAsync(CollectionGrains.Analytics.ReportCadence.Weekly, today, "system");
        await reports.ProduceAsync(CollectionGrains.Analytics.ReportCadence.Weekly, today, "system");
        var scheduled = $"{week["id"]!.GetValue<string>()}:schedule:{manager}";
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Taken.ContainsKey(scheduled)), TimeSpan.FromSeconds(30), "the scheduled report is sent");
        await Task.Delay(1500);
        Assert.Single(receiver.Posts, p => p == scheduled);
    }

    [Fact]
    public async Task The_schedule_delivers_the_week_and_the_month_it_owes_and_only_managers_may_set_it()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("schedule"));
        var tree = await OrgTree.CreateAsync(api.Grains);
        var (manager, collector) = (api.TokenFor(Role.RegionManager, tree.Region), api.TokenFor(Role.Collector, tree.Project));
        const string Schedule = "mutation($n: ID!) { scheduleReports(input: {nodeId: $n, weekly: true, monthly: true}) { weekly monthly changedBy } }";
        var refused = await api.PostAsync(Schedule, new { n = tree.Project }, token: collector);
        Assert.Equal("FORBIDDEN", refused.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var bad = await api.PostAsync(Produce, new { n = tree.Region, c = "MONTHLY", d = DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, token: manager);
        Assert.Equal("BAD_USER_INPUT", bad.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var set = (await api.DataAsync(Schedule, new { n = tree.Region }, manager))["scheduleReports"]!;
        Assert.Equal((true, true), (set["weekly"]!.GetValue<bool>(), set["monthly"]!.GetValue<bool>()));
        // What is owed now, by the rule in the module README: the week before this one (from Monday 07:00), the last month
        // closed (from 07:00 on the 4th day after its end), China time.
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var day = DateOnly.FromDateTime(now.DateTime);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var owedWeek = now.DateTime < monday.ToDateTime(new TimeOnly(7, 0)) ? monday.AddDays(-14) : monday.AddDays(-7);
        var thisMonth = new DateOnly(day.Year, day.Month, 1);
        var owedMonth = now.DateTime < thisMonth.AddDays(3).ToDateTime(new TimeOnly(7, 0)) ? thisMonth.AddMonths(-2) : thisMonth.AddMonths(-1);
        JsonArray reports = [];
        await Eventually.TrueAsync(async () => (reports = (await api.DataAsync(Reports, new { n = tree.Region }, manager))["analysisReports"]!.AsArray()).Count == 2,
            TimeSpan.FromSeconds(60), "the schedule produces what it owes");
        Assert.Equal([("MONTHLY", owedMonth), ("WEEKLY", owedWeek)], reports.Select(r => (r!["cadence"]!.GetValue<string>(),
            DateOnly.Parse(r["start"]!.GetValue<string>(), CultureInfo.InvariantCulture))).OrderBy(r => r.Item1, StringComparer.Ordinal));
        Assert.All(reports, r => Assert.Equal("system", r!["producedBy"]!.GetValue<string>()));
        // The weekly schedule keeps the trend point of the last week closed (three days after its Sunday) before any
        // report: the snapshot is there before anyone asked for the trend.
        var closedWeek = day > monday.AddDays(2) ? monday.AddDays(-7) : monday.AddDays(-14);
        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>("SELECT count(*) FROM analytics.kept_month WHERE node_id = @n AND analysis = 'trend-week' AND period = @p",
            ("n", tree.Region), ("p", closedWeek.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
    }

    private static async Task<IHouseholdGrain> HouseholdAsync(TestApi api, OrgTree tree, int building, string name, Period month)
    {
        var household = api.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[building]}/{name}");
        await household.RegisterAsync(BillingFixtures.Household(tree.Project, household.GetPrimaryKeyString()) with { BuildingId = tree.Buildings[building] });
        await household.IssueBillsAsync([new BillDraft("property", "物业费", month, month.Day(15), 300m)]);
        return household;
    }

    private static async Task<string> ArrearsAsync(TestApi api, string nodeId, Period month, string token) =>
        (await api.DataAsync("query($n: ID!, $p: Period!) { financeReport(nodeId: $n, period: $p) { total { arrears } } }", new { n = nodeId, p = month.ToString() }, token))
            ["financeReport"]!["total"]!["arrears"]!.GetValue<string>();

    private static async Task<byte[]> DownloadAsync(TestApi api, string nodeId, string reportId, string format, string token) =>
        await api.DownloadAsync((await api.DataAsync("mutation($n: ID!, $r: ID!, $f: ReportFormat!) { downloadReport(nodeId: $n, reportId: $r, format: $f) { url } }",
            new { n = nodeId, r = reportId, f = format }, token))["downloadReport"]!["url"]!.GetValue<string>(), token);

    private static Table Sheet(byte[] workbook, string name) => Table.FromRows(XlsxReader.Read(workbook, name), []);

    private static decimal Value(Table overview, string figure) =>
        Number(overview.Cell(Enumerable.Range(0, overview.Rows.Count).Single(i => overview.Cell(i, "项目") == figure), "值"));

    private static decimal Number(string cell) => decimal.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
