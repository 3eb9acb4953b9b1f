using System.Globalization;
using System.Text.Json.Nodes;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// 催收效果 through the API on contacts made by hand: two collectors, four calls, a promise kept, and payments of which
/// one follows two contacts (counted once, for the later) and one follows none (counted for nobody). Worked out by hand.
/// The trend of the week and month counts the same.
/// </summary>
public sealed class EffectAnalysisApiTests
{
    private const string Query = """
        query($n: ID!, $from: Date!, $to: Date!, $by: EffectDimension!) { effectAnalysis(nodeId: $n, from: $from, to: $to, by: $by) {
          key label contacts paidWithin7Days paidWithin30Days recovered recoveredPerContact medianDaysToPayment promisesKept } }
        """;

    [Fact]
    public async Task Contacts_are_grouped_with_the_share_followed_by_a_payment_and_each_payment_counted_once()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("effect"));
        var work = await AnalyticsScene.CreateAsync(api, "c1", "c2");
        var (scene, supervisor, (c1, c2)) = (work.Scene, work.Supervisor, (work.Collectors[0], work.Collectors[1]));
        var (h0, h1, h2, h3) = (scene.Households[0], scene.Households[1], scene.Households[2], scene.Households[3]);
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        await work.ContactAsync(c1, h0, "B_UNDECIDED", answered: false);
        await work.ContactAsync(c1, h0, "A_PROMISED", answered: true, promise: (today.AddDays(3), 100.00m));
        await work.ContactAsync(c1, h1, "B_UNDECIDED", answered: false);
        await work.ContactAsync(c2, h2, "B_UNDECIDED", answered: true);
        await work.PayAsync(h0, 100.00m);
        await work.PayAsync(h2, 30.00m);
        await work.PayAsync(h3, 50.00m);

        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        JsonArray byCollector = [];
        await Eventually.TrueAsync(async () =>
        {
            byCollector = await EffectAsync(api, supervisor, scene.Tree.Project, day, "COLLECTOR");
            return byCollector.Count == 2 && byCollector[0]!["promisesKept"]!.GetValue<int>() == 1 && byCollector[1]!["recovered"]!.GetValue<string>() == "30.00";
        }, TimeSpan.FromSeconds(30), "the contacts, promises and payments reach the tables");
        // c1: h0 twice (both followed by its payment), h1 once (not); the payment counts once, for the promise.
        Assert.Equal([c1, 3, 0.6667m, 0.6667m, "100.00", "33.33", 1], Row(byCollector[0]!));
        Assert.Equal([c2, 1, 1m, 1m, "30.00", "30.00", 0], Row(byCollector[1]!));
        Assert.Equal(0.0m, byCollector[0]!["medianDaysToPayment"]!.GetValue<decimal>());
        var byMethod = Assert.Single(await EffectAsync(api, supervisor, scene.Tree.Project, day, "METHOD"))!;
        Assert.Equal(("Phone", "电话"), (byMethod["key"]!.GetValue<string>(), byMethod["label"]!.GetValue<string>()));
        Assert.Equal(["Phone", 4, 0.75m, 0.75m, "130.00", "32.50", 1], Row(byMethod));
        Assert.Equal("无话术", Assert.Single(await EffectAsync(api, supervisor, scene.Tree.Project, day, "SCRIPT"))!["label"]!.GetValue<string>());
        // The households are all individuals, all occupied: one group each, holding every contact and the same money.
        var byType = Assert.Single(await EffectAsync(api, supervisor, scene.Tree.Project, day, "CUSTOMER_TYPE"))!;
        Assert.Equal(("Individual", "个人", 4, "130.00"), (byType["key"]!.GetValue<string>(), byType["label"]!.GetValue<string>(), byType["contacts"]!.GetValue<int>(), byType["recovered"]!.GetValue<string>()));
        var byVacancy = Assert.Single(await EffectAsync(api, supervisor, scene.Tree.Project, day, "VACANCY"))!;
        Assert.Equal(("已入住", 4), (byVacancy["label"]!.GetValue<string>(), byVacancy["contacts"]!.GetValue<int>()));
        var byGrade = await EffectAsync(api, supervisor, scene.Tree.Project, day, "GRADE");
        Assert.Equal((4, 130.00m), (byGrade.Sum(r => r!["contacts"]!.GetValue<int>()), byGrade.Sum(r => decimal.Parse(r!["recovered"]!.GetValue<string>(), CultureInfo.InvariantCulture))));
        // By node: the project's one zone with contacts, then that zone's two buildings.
        var byZone = Assert.Single(await EffectAsync(api, supervisor, scene.Tree.Project, day, "NODE"))!;
        Assert.Equal((scene.Tree.Zones[0], "一区", 4, "130.00"), (byZone["key"]!.GetValue<string>(), byZone["label"]!.GetValue<string>(), byZone["contacts"]!.GetValue<int>(), byZone["recovered"]!.GetValue<string>()));
        var byBuilding = await EffectAsync(api, supervisor, scene.Tree.Zones[0], day, "NODE");
        Assert.Equal([("1栋", 3, "100.00"), ("2栋", 1, "30.00")],
            byBuilding.Select(b => (b!["label"]!.GetValue<string>(), b["contacts"]!.GetValue<int>(), b["recovered"]!.GetValue<string>())));
        // Another day: nothing; a period running backwards: refused.
        Assert.Empty(await EffectAsync(api, supervisor, scene.Tree.Project, today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "COLLECTOR"));
        var (_, refused) = await api.PostAsync(Query, new { n = scene.Tree.Project, from = day, to = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), by = "METHOD" }, token: supervisor);
        Assert.Equal("BAD_USER_INPUT", GraphQL.ApiFixture.Code(refused));

        // The trend: this week and this month hold the four contacts, the ¥130.00 and the promise; the week before holds
        // nothing; each step's standing (overdue principal and households today) is the finance report's and the roll rates'.
        var month = Period.Of(today).ToString();
        var standing = await api.DataAsync("""
            query($n: ID!, $p: Period!) { financeReport(nodeId: $n, period: $p) { total { arrears receivable collected } }
              rollRates(nodeId: $n, from: $p, to: $p) { cells { to households } } }
            """, new { n = scene.Tree.Project, p = month }, supervisor);
        var (arrears, overdueHouseholds) = (standing["financeReport"]!["total"]!["arrears"]!.GetValue<string>(),
            standing["rollRates"]![0]!["cells"]!.AsArray().Where(c => c!["to"]!.GetValue<string>() != "CURRENT").Sum(c => c!["households"]!.GetValue<int>()));
        Assert.True(overdueHouseholds > 0);
        const string Trend = "query($n: ID!, $from: Date!, $to: Date!, $s: TrendStep!) { analysisTrend(nodeId: $n, from: $from, to: $to, step: $s) { label start asOf kept receivable collected arrears overdueHouseholds contacts recovered promisesKept } }";
        var weeks = (await api.DataAsync(Trend, new { n = scene.Tree.Project, from = today.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = day, s = "WEEK" }, supervisor))["analysisTrend"]!.AsArray();
        Assert.Equal([BusinessCalendar.WeekStart(today).AddDays(-7), BusinessCalendar.WeekStart(today)], weeks.Select(w => DateOnly.Parse(w!["start"]!.GetValue<string>(), CultureInfo.InvariantCulture)));
        Assert.Equal((0, "0.00", 0), (weeks[0]!["contacts"]!.GetValue<int>(), weeks[0]!["recovered"]!.GetValue<string>(), weeks[0]!["promisesKept"]!.GetValue<int>()));
        Assert.Equal((4, "130.00", 1, arrears, overdueHouseholds, day), (weeks[1]!["contacts"]!.GetValue<int>(), weeks[1]!["recovered"]!.GetValue<string>(),
            weeks[1]!["promisesKept"]!.GetValue<int>(), weeks[1]!["arrears"]!.GetValue<string>(), weeks[1]!["overdueHouseholds"]!.GetValue<int>(), weeks[1]!["asOf"]!.GetValue<string>()));
        Assert.Null(weeks[1]!["receivable"]);
        var link = await api.DataAsync("mutation($i: ExportAnalysisInput!) { exportAnalysis(input: $i) { url } }", new { i = new
        {
            nodeId = scene.Tree.Project, analysis = "TREND", step = "WEEK", from = today.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = day,
        } }, supervisor);
        var sheet = Kernel.Tabular.Table.Read(await api.DownloadAsync(link["exportAnalysis"]!["url"]!.GetValue<string>(), supervisor));
        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal(("4", "130.00", "1"), (sheet.Cell(1, "联系次数"), sheet.Cell(1, "催收回款"), sheet.Cell(1, "兑现承诺")));
        var thisMonth = Assert.Single((await api.DataAsync(Trend, new { n = scene.Tree.Project, from = day, to = day, s = "MONTH" }, supervisor))["analysisTrend"]!.AsArray())!;
        Assert.Equal((4, "130.00", 1, arrears, overdueHouseholds, false), (thisMonth["contacts"]!.GetValue<int>(), thisMonth["recovered"]!.GetValue<string>(),
            thisMonth["promisesKept"]!.GetValue<int>(), thisMonth["arrears"]!.GetValue<string>(), thisMonth["overdueHouseholds"]!.GetValue<int>(), thisMonth["kept"]!.GetValue<bool>()));
        Assert.Equal((standing["financeReport"]!["total"]!["receivable"]!.GetValue<string>(), standing["financeReport"]!["total"]!["collected"]!.GetValue<string>()),
            (thisMonth["receivable"]!.GetValue<string>(), thisMonth["collected"]!.GetValue<string>()));
    }

    private static object[] Row(JsonNode row) =>
    [
        row["key"]!.GetValue<string>(), row["contacts"]!.GetValue<int>(), row["paidWithin7Days"]!.GetValue<decimal>(), row["paidWithin30Days"]!.GetValue<decimal>(),
        row["recovered"]!.GetValue<string>(), row["recoveredPerContact"]!.GetValue<string>(), row["promisesKept"]!.GetValue<int>(),
    ];

    private static async Task<JsonArray> EffectAsync(TestApi api, string token, string node, string day, string by) =>
        (await api.DataAsync(Query, new { n = node, from = day, to = day, by }, token))["effectAnalysis"]!.AsArray();
}
