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
/// The weekly trend of a group (analysisTrend by WEEK) through the API: this week from today's standing, the week before
/// from the rows sealed as of its Sunday and followed since; its only project's by the history statement. Three
/// households, no late fees, whatever the day: W1 the month before's ¥50, unpaid; W2 the month before that's ¥80, paid
/// today; W3 the month before that's ¥30, paid on the week before's Saturday but recorded after the group read that week.
/// </summary>
public sealed class WeeklyTrendApiTests
{
    private const string Trend = "query($n: ID!, $from: Date!, $to: Date!) { analysisTrend(nodeId: $n, from: $from, to: $to, step: WEEK) { start asOf arrears overdueHouseholds } }";

    [Fact]
    public async Task The_groups_week_before_is_read_from_the_rows_sealed_at_its_end_and_follows_a_payment_recorded_later()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("weeks"));
        var tree = await OrgTree.CreateAsync(api.Grains);
        await api.Grains.GetGrain<IBillingProjectGrain>(tree.Project).SetPolicyAsync(LateFeePolicy.Standard with { DailyRate = 0m });
        var today = BusinessCalendar.Today(TimeProvider.System);
        var (sunday, previous) = (BusinessCalendar.WeekStart(today).AddDays(-1), Period.Of(today).AddMonths(-1));
        await RollRateApiTests.HouseholdAsync(api, tree, "w1", [(previous.ToString(), 50m)]);
        await RollRateApiTests.HouseholdAsync(api, tree, "w2", [(previous.AddMonths(-1).ToString(), 80m)]);
        await api.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/w2").RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("week"), 80m));
        await RollRateApiTests.HouseholdAsync(api, tree, "w3", [(previous.AddMonths(-1).ToString(), 30m)]);
        var token = api.TokenFor(Role.GroupAdmin, tree.Group);
        var weeks = (From: sunday.AddDays(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), To: today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        // Every bill falls due on the 15th of its month, before the week before's Sunday: all three were overdue then;
        // today W1 and W3 are.
        await Eventually.TrueAsync(async () => Figures(await TrendAsync(api, tree.Project, weeks, token)) == $"{sunday:yyyy-MM-dd} 3 160.00; {today:yyyy-MM-dd} 2 80.00",
            TimeSpan.FromSeconds(30), "the bills and the payment reach the tables");
        Assert.Equal($"{sunday:yyyy-MM-dd} 3 160.00; {today:yyyy-MM-dd} 2 80.00", Figures(await TrendAsync(api, tree.Group, weeks, token)));
        var reach = await CollectionGrains.Organisation.NodeReach.OfAsync(api.Grains, tree.Group);
        Assert.Equal([StandingRows.WeekBefore, StandingRows.Today], new[] { sunday, today }.Select(day => HouseholdStanding.OfWeekEnd(tree.Group, reach, day, today)));
        Assert.Equal("w1 50.00, w2 80.00, w3 30.00", await WeekRowsAsync(tree, sunday));

        await api.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/w3").RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("week"), 30m) with
        {
            PaidAt = BusinessCalendar.At(sunday.AddDays(-1), new TimeOnly(10, 0)),
        });
        await Eventually.TrueAsync(async () => Figures(await TrendAsync(api, tree.Project, weeks, token)) == $"{sunday:yyyy-MM-dd} 2 130.00; {today:yyyy-MM-dd} 1 50.00",
            TimeSpan.FromSeconds(30), "the back-dated payment reaches the tables");
        // The group's row of W3 as of that Sunday is worked out again when the payment comes through the change feed.
        Assert.Equal($"{sunday:yyyy-MM-dd} 2 130.00; {today:yyyy-MM-dd} 1 50.00", Figures(await TrendAsync(api, tree.Group, weeks, token)));
        Assert.Equal("w1 50.00, w2 80.00", await WeekRowsAsync(tree, sunday));
    }

    /// <summary>The week rows of the tree's households as of the day: each household's name and overdue principal.</summary>
    private static async Task<string?> WeekRowsAsync(OrgTree tree, DateOnly day) => await TestPostgres.ScalarAsync<string>(
        "SELECT string_agg(split_part(household_id, '/', 2) || ' ' || overdue, ', ' ORDER BY household_id) FROM analytics.household_week_standing WHERE day = @day AND project_id = @project",
        ("day", day), ("project", tree.Project));

    private static async Task<JsonArray> TrendAsync(TestApi api, string node, (string From, string To) weeks, string token) =>
        (await api.DataAsync(Trend, new { n = node, from = weeks.From, to = weeks.To }, token))["analysisTrend"]!.AsArray();

    /// <summary>Each week's day its figures are as of, households overdue then and their overdue principal.</summary>
    private static string Figures(JsonArray weeks) => string.Join("; ", weeks.Select(w => string.Create(CultureInfo.InvariantCulture,
        $"{w!["asOf"]!.GetValue<string>()} {w["overdueHouseholds"]!.GetValue<int>()} {w["arrears"]!.GetValue<string>()}")));
}
