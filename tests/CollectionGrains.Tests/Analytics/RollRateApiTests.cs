using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Analytics;
using CollectionGrains.Analytics.Rolls;
using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// 迁徙率 through the API on a history made by hand in early 2026 (no late fees, so payments settle principal): five
/// households, the months February to April, every cell worked out by hand from the due dates and payment days.
/// </summary>
public sealed class RollRateApiTests
{
    private const string Query = """
        query($n: ID!, $from: Period!, $to: Period!) { rollRates(nodeId: $n, from: $from, to: $to) {
          month before after cells { from to households overdueBefore overdueAfter share } } }
        """;

    [Fact]
    public async Task Households_move_between_age_buckets_month_by_month_as_their_bills_age_and_are_paid()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("rolls"));
        var tree = await TreeWithoutLateFeesAsync(api);
        // A: January's ¥100 never paid. B: January's ¥200 paid on 10 Feb. C: February's ¥300, ¥100 paid on 5 Mar.
        // D: January's ¥100 paid on 20 Jan. E: January's and February's ¥100, ¥100 paid on 20 Mar (the older bill).
        await HouseholdAsync(api, tree, "a", [("2026-01", 100m)]);
        await HouseholdAsync(api, tree, "b", [("2026-01", 200m)], (200m, new DateOnly(2026, 2, 10)));
        await HouseholdAsync(api, tree, "c", [("2026-02", 300m)], (100m, new DateOnly(2026, 3, 5)));
        await HouseholdAsync(api, tree, "d", [("2026-01", 100m)], (100m, new DateOnly(2026, 1, 20)));
        await HouseholdAsync(api, tree, "e", [("2026-01", 100m), ("2026-02", 100m)], (100m, new DateOnly(2026, 3, 20)));
        var token = api.TokenFor(Role.GroupAdmin, tree.Group);

        JsonArray months = [];
        await Eventually.TrueAsync(async () =>
        {
            months = (await api.DataAsync(Query, new { n = tree.Project, from = "2026-02", to = "2026-04" }, token))["rollRates"]!.AsArray();
            return months.Sum(m => m!["cells"]!.AsArray().Sum(c => c!["households"]!.GetValue<int>())) == 15
                && months[2]!["cells"]!.AsArray().Any(c => c!["to"]!.GetValue<string>() == "DAYS_91_180");
        }, TimeSpan.FromSeconds(30), "the bills and payments reach the tables");
        Assert.Equal(["2026-02", "2026-03", "2026-04"], months.Select(m => m!["month"]!.GetValue<string>()));
        Assert.Equal(("2026-01-31", "2026-02-28"), (months[0]!["before"]!.GetValue<string>(), months[0]!["after"]!.GetValue<string>()));
        // February: A and E age past 30 days (E's second bill falls due), B pays, C's bill falls due, D stays clear.
        Assert.Equal(
        [
            ("CURRENT", "CURRENT", 1, "0.00", "0.00", 0.5m), ("CURRENT", "DAYS_0_30", 1, "0.00", "300.00", 0.5m),
            ("DAYS_0_30", "CURRENT", 1, "200.00", "0.00", 0.3333m), ("DAYS_0_30", "DAYS_31_90", 2, "200.00", "300.00", 0.6667m),
        ], Cells(months[0]!));
        // March: C ages, ¥100 paid; E's payment settles January's bill, February's (44 days) remains; B and D clear.
        Assert.Equal(
        [
            ("CURRENT", "CURRENT", 2, "0.00", "0.00", 1m), ("DAYS_0_30", "DAYS_31_90", 1, "300.00", "200.00", 1m),
            ("DAYS_31_90", "DAYS_31_90", 2, "300.00", "200.00", 1m),
        ], Cells(months[1]!));
        // April: A's bill is 105 days old; C's and E's 74.
        Assert.Equal(
        [
            ("CURRENT", "CURRENT", 2, "0.00", "0.00", 1m), ("DAYS_31_90", "DAYS_31_90", 2, "300.00", "300.00", 0.6667m),
            ("DAYS_31_90", "DAYS_91_180", 1, "100.00", "100.00", 0.3333m),
        ], Cells(months[2]!));
        // The group holds only this project: its statement (one pass over the tables, not a lookup per household) agrees.
        Assert.Equal(months.ToJsonString(), (await api.DataAsync(Query, new { n = tree.Group, from = "2026-02", to = "2026-04" }, token))["rollRates"]!.ToJsonString());
        // This month of the group is summed from the households' standing; the project's statement over the history agrees.
        var thisMonth = Period.Of(BusinessCalendar.Today(TimeProvider.System)).ToString();
        var live = (await api.DataAsync(Query, new { n = tree.Project, from = thisMonth, to = thisMonth }, token))["rollRates"]!;
        Assert.Equal(live.ToJsonString(), (await api.DataAsync(Query, new { n = tree.Group, from = thisMonth, to = thisMonth }, token))["rollRates"]!.ToJsonString());
        Assert.Equal(5, live[0]!["cells"]!.AsArray().Sum(c => c!["households"]!.GetValue<int>()));
        // The month before this one of the group is summed from the standing as of its last day: A, C and E still overdue.
        var monthBefore = Period.Of(BusinessCalendar.Today(TimeProvider.System)).AddMonths(-1).ToString();
        var before = (await api.DataAsync(Query, new { n = tree.Project, from = monthBefore, to = monthBefore }, token))["rollRates"]!;
        Assert.Equal(before.ToJsonString(), (await api.DataAsync(Query, new { n = tree.Group, from = monthBefore, to = monthBefore }, token))["rollRates"]!.ToJsonString());
        Assert.Equal(3, before[0]!["cells"]!.AsArray().Where(c => c!["to"]!.GetValue<string>() != "CURRENT").Sum(c => c!["households"]!.GetValue<int>()));
        // Both months at once (the range a head office asks in a month's closing days), each pair from the standing.
        var both = (await api.DataAsync(Query, new { n = tree.Project, from = monthBefore, to = thisMonth }, token))["rollRates"]!;
        Assert.Equal(both.ToJsonString(), (await api.DataAsync(Query, new { n = tree.Group, from = monthBefore, to = thisMonth }, token))["rollRates"]!.ToJsonString());
        Assert.Equal([before[0]!.ToJsonString(), live[0]!.ToJsonString()], both.AsArray().Select(m => m!.ToJsonString()));
        // The same months as a sheet: a row per cell, counts and amounts as numbers, the share as a rate.
        var link = await api.DataAsync("mutation($n: ID!) { exportAnalysis(input: {nodeId: $n, analysis: ROLL_RATES, fromMonth: \"2026-02\", toMonth: \"2026-04\"}) { url fileName } }",
            new { n = tree.Project }, token);
        Assert.Equal("迁徙率-2026-02-2026-04.xlsx", link["exportAnalysis"]!["fileName"]!.GetValue<string>());
        var sheet = Table.Read(await api.DownloadAsync(link["exportAnalysis"]!["url"]!.GetValue<string>(), token));
        Assert.Equal(10, sheet.Rows.Count);
        Assert.Equal(["2026-02", "0–30天", "31–90天", "2", "200.00", "300.00", "0.6667"],
            new[] { "月份", "月初状态", "月末状态", "户数", "月初逾期本金", "月末逾期本金", "迁徙率" }.Select(column => sheet.Cell(3, column)));
        var (_, refused) = await api.PostAsync(Query, new { n = tree.Project, from = "2026-04", to = "2026-02" }, token: token);
        Assert.Equal("BAD_USER_INPUT", GraphQL.ApiFixture.Code(refused));
    }

    /// <summary>
    /// The month before and this month read at once, pair by pair from the standing for the group and by the history
    /// statement for its only project, whatever the day (the API answers a closed month from its snapshot). F1: the
    /// month before's ¥50, unpaid. F2: the month before that's ¥80, paid today.
    /// </summary>
    [Fact]
    public async Task The_group_reads_the_month_before_and_this_month_pair_by_pair_from_the_standing()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("rollpairs"));
        var tree = await TreeWithoutLateFeesAsync(api);
        var today = BusinessCalendar.Today(TimeProvider.System);
        var previous = Period.Of(today).AddMonths(-1);
        await HouseholdAsync(api, tree, "f1", [(previous.ToString(), 50m)]);
        await HouseholdAsync(api, tree, "f2", [(previous.AddMonths(-1).ToString(), 80m)]);
        await api.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/f2").RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("roll"), 80m));
        DateOnly[] days = [previous.FirstDay.AddDays(-1), previous.LastDay, today];

        (List<RollCell>[] Pairs, int Households) fromHistory = ([], 0);
        await Eventually.TrueAsync(async () =>
        {
            fromHistory = await RollPairs.ReadAsync(TestPostgres.DataSource, api.Grains, tree.Project, days, today);
            return fromHistory.Pairs[0].Count == 2 && fromHistory.Pairs[1].Any(c => c.To == RollState.Current);
        }, TimeSpan.FromSeconds(30), "the bills and the payment reach the tables");
        var fromStanding = await RollPairs.ReadAsync(TestPostgres.DataSource, api.Grains, tree.Group, days, today);
        // The month before: F1 from nothing overdue to 0–30 days (its bill falls due on the 15th), F2 from 0–30 to 31–90 days.
        Assert.Equal(Ordered(
        [
            new RollCell(RollState.Current, RollState.Days0To30, 1, 0m, 50m, 0m),
            new RollCell(RollState.Days0To30, RollState.Days31To90, 1, 80m, 80m, 0m),
        ]), Ordered(fromHistory.Pairs[0]));
        Assert.Equal(2, fromHistory.Households);
        Assert.Equal(fromHistory.Households, fromStanding.Households);
        Assert.Equal(fromHistory.Pairs.Select(Ordered), fromStanding.Pairs.Select(Ordered));
    }

    /// <summary>A new tree whose project charges no late fees, so payments settle principal alone.</summary>
    internal static async Task<OrgTree> TreeWithoutLateFeesAsync(TestApi api)
    {
        var tree = await OrgTree.CreateAsync(api.Grains);
        await api.Grains.GetGrain<IBillingProjectGrain>(tree.Project).SetPolicyAsync(LateFeePolicy.Standard with { DailyRate = 0m });
        return tree;
    }

    internal static async Task HouseholdAsync(TestApi api, OrgTree tree, string name, (string Period, decimal Amount)[] bills, (decimal Amount, DateOnly On)? payment = null)
    {
        var household = api.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/{name}");
        await household.RegisterAsync(BillingFixtures.Household(tree.Project, household.GetPrimaryKeyString()) with { BuildingId = tree.Buildings[0] });
        await household.IssueBillsAsync([.. bills.Select(b => BillingFixtures.Opening(b.Period, b.Amount))]);
        if (payment is { } p)
        {
            await household.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("roll"), p.Amount) with
            {
                PaidAt = BusinessCalendar.At(p.On, new TimeOnly(10, 0)),
            });
        }
    }

    private static IEnumerable<(string, string, int, string, string, decimal)> Cells(JsonNode month) =>
        month["cells"]!.AsArray().Select(c => (c!["from"]!.GetValue<string>(), c["to"]!.GetValue<string>(), c["households"]!.GetValue<int>(),
            c["overdueBefore"]!.GetValue<string>(), c["overdueAfter"]!.GetValue<string>(), c["share"]!.GetValue<decimal>()));

    /// <summary>A pair's cells in order, amounts to the cent (the statements' sums carry different scales).</summary>
    private static string Ordered(List<RollCell> cells) => string.Join("; ", cells.OrderBy(c => c.From).ThenBy(c => c.To)
        .Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.From}→{c.To} {c.Households} {c.OverdueBefore:F2} {c.OverdueAfter:F2}")));
}
