using System.Globalization;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Analytics.Standing;
using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// The weekly trend (analysisTrend by WEEK) of a group and of its only project, on three households with no late fees,
/// whatever the day: W1 the month before's ¥50, unpaid; W2 the month before that's ¥80, paid today; W3 the month before
/// that's ¥30, paid on the Saturday two weeks back but recorded only after the weeks were first read. Every bill falls
/// due on the 15th, before the Sunday two weeks back. A week is closed three days after its Sunday and then kept.
/// </summary>
public sealed class WeeklyTrendApiTests
{
    private const string Trend = "query($n: ID!, $from: Date!, $to: Date!) { analysisTrend(nodeId: $n, from: $from, to: $to, step: WEEK) { start asOf kept arrears overdueHouseholds } }";

    [Fact]
    public async Task The_group_reads_the_week_before_from_its_sealed_rows_which_follow_a_back_dated_payment_and_a_closed_week_stays_as_kept()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("weeks"));
        var tree = await RollRateApiTests.TreeWithoutLateFeesAsync(api);
        var today = BusinessCalendar.Today(TimeProvider.System);
        var (sunday, previous) = (BusinessCalendar.WeekStart(today).AddDays(-1), Period.Of(today).AddMonths(-1));
        await RollRateApiTests.HouseholdAsync(api, tree, "w1", [(previous.ToString(), 50m)]);
        await RollRateApiTests.HouseholdAsync(api, tree, "w2", [(previous.AddMonths(-1).ToString(), 80m)]);
        await RollRateApiTests.HouseholdAsync(api, tree, "w3", [(previous.AddMonths(-1).ToString(), 30m)]);
        await api.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/w2").RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("week"), 80m));
        var token = api.TokenFor(Role.GroupAdmin, tree.Group);
        var weeks = (From: sunday.AddDays(-13).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), To: today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var weekBeforeClosed = today > sunday.AddDays(3);

        // Two weeks back and the week before all three were overdue; today W1 and W3 are. Only this week is open for
        // sure; the week before closes on its Thursday.
        var first = $"{sunday.AddDays(-7):yyyy-MM-dd} kept 3 160.00; {sunday:yyyy-MM-dd} {(weekBeforeClosed ? "kept" : "live")} 3 160.00; {today:yyyy-MM-dd} live 2 80.00";
        await Eventually.TrueAsync(async () => Figures(await TrendAsync(api, tree.Project, weeks, token)) == first,
            TimeSpan.FromSeconds(30), "the bills and the payment reach the tables");
        Assert.Equal(first, Figures(await TrendAsync(api, tree.Group, weeks, token)));
        var reach = await CollectionGrains.Organisation.NodeReach.OfAsync(api.Grains, tree.Group);
        Assert.Equal([StandingRows.History, StandingRows.WeekBefore, StandingRows.Today],
            new[] { sunday.AddDays(-7), sunday, today }.Select(day => HouseholdStanding.OfWeekEnd(tree.Group, reach, day, today)));
        Assert.Equal("w1 50.00, w2 80.00, w3 30.00", await WeekRowsAsync(tree, sunday));

        await api.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/w3").RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("week"), 30m) with
        {
            PaidAt = BusinessCalendar.At(sunday.AddDays(-8), new TimeOnly(10, 0)),
        });
        // The group's row of W3 as of the week before's Sunday is worked out again when the payment comes through the
        // change feed: the group's standing on each day equals the project's history, by hand without W3.
        DateOnly[] days = [sunday.AddDays(-7), sunday, today];
        await Eventually.TrueAsync(async () => Days(await OverdueOnDays.ReadAsync(TestPostgres.DataSource, api.Grains, tree.Project, days, today)) == "2 130.00; 2 130.00; 1 50.00",
            TimeSpan.FromSeconds(30), "the back-dated payment reaches the tables");
        Assert.Equal("2 130.00; 2 130.00; 1 50.00", Days(await OverdueOnDays.ReadAsync(TestPostgres.DataSource, api.Grains, tree.Group, days, today)));
        Assert.Equal("w1 50.00, w2 80.00", await WeekRowsAsync(tree, sunday));
        // Through the API a closed week stays as it was kept; the week before follows while it is open.
        var then = $"{sunday.AddDays(-7):yyyy-MM-dd} kept 3 160.00; {sunday:yyyy-MM-dd} {(weekBeforeClosed ? "kept 3 160.00" : "live 2 130.00")}; {today:yyyy-MM-dd} live 1 50.00";
        Assert.Equal(then, Figures(await TrendAsync(api, tree.Project, weeks, token)));
        Assert.Equal(then, Figures(await TrendAsync(api, tree.Group, weeks, token)));
    }

    /// <summary>The week rows of the tree's households as of the day: each household's name and overdue principal.</summary>
    private static async Task<string?> WeekRowsAsync(OrgTree tree, DateOnly day) => await TestPostgres.ScalarAsync<string>(
        "SELECT string_agg(split_part(household_id, '/', 2) || ' ' || overdue, ', ' ORDER BY household_id) FROM analytics.household_week_standing WHERE day = @day AND project_id = @project",
        ("day", day), ("project", tree.Project));

    private static async Task<JsonArray> TrendAsync(TestApi api, string node, (string From, string To) weeks, string token) =>
        (await api.DataAsync(Trend, new { n = node, from = weeks.From, to = weeks.To }, token))["analysisTrend"]!.AsArray();

    /// <summary>Each week's day its figures are as of, kept or live, households overdue then and their overdue principal.</summary>
    private static string Figures(JsonArray weeks) => string.Join("; ", weeks.Select(w =>
        $"{w!["asOf"]!.GetValue<string>()} {(w["kept"]!.GetValue<bool>() ? "kept" : "live")} {w["overdueHouseholds"]!.GetValue<int>()} {w["arrears"]!.GetValue<string>()}"));

    private static string Days((int Households, decimal Principal)[] days) =>
        string.Join("; ", days.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Households} {d.Principal:F2}")));
}
