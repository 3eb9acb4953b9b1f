using System.Globalization;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// 收费 / 欠费 / 预交 / 应收报表 through the API: three households with this month's bills, old bills and payments (no late
/// fees), every figure by hand; the same figures as every node's live totals; the sheet; and a closed month's report
/// that stays as it was after a payment is back-dated into it.
/// </summary>
public sealed class FinanceReportApiTests
{
    private const string Report = """
        query($n: ID!, $p: Period!) { financeReport(nodeId: $n, period: $p) { asOf prepaid closedAt
          items { itemCode itemName receivable collected waived receivableYear collectedYear openingArrears recovered arrears }
          total { receivable collected receivableYear collectedYear openingArrears recovered arrears collectionRate } } }
        """;

    [Fact]
    public async Task The_report_is_worked_out_by_hand_agrees_with_the_roll_ups_and_a_closed_month_stays_as_kept()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("finance"));
        var tree = await OrgTree.CreateAsync(api.Grains);
        var project = api.Grains.GetGrain<IBillingProjectGrain>(tree.Project);
        await project.SetPolicyAsync(LateFeePolicy.Standard with { DailyRate = 0m });
        await project.SetChargeItemAsync(BillingFixtures.PropertyFee);
        await project.SetChargeItemAsync(BillingFixtures.Parking);
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        var (month, lastYear, twoYearsAgo) = (Period.Of(today), new Period(today.Year - 1, 12), new Period(today.Year - 2, 12));
        BillDraft Bill(string item, Period period, decimal amount, DateOnly? due = null) =>
            new(item, item == "parking" ? "车位管理费" : "物业费", period, due ?? period.Day(15), amount);
        // h1: this month's property ¥300 and parking ¥100 (due on the month's last day), last December's ¥200, paid now.
        // h2: this month's property ¥300; pays ¥400 (¥100 prepaid). h3: this month's ¥300, December of two years ago ¥150, unpaid.
        var h1 = await HouseholdAsync(api, tree, 0, "h1", [Bill("property", month, 300m, month.LastDay), Bill("parking", month, 100m, month.LastDay), Bill("property", lastYear, 200m)]);
        var h2 = await HouseholdAsync(api, tree, 1, "h2", [Bill("property", month, 300m, month.LastDay)]);
        var h3 = await HouseholdAsync(api, tree, 2, "h3", [Bill("property", month, 300m, month.LastDay), Bill("property", twoYearsAgo, 150m)]);
        await h1.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("fin"), 200m));
        await h2.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("fin"), 400m));
        var token = api.TokenFor(Role.Finance, tree.Group, "财务-王芳");

        JsonNode report = new JsonObject();
        await Eventually.TrueAsync(async () =>
        {
            report = (await api.DataAsync(Report, new { n = tree.Project, p = month.ToString() }, token))["financeReport"]!;
            return report["prepaid"]!.GetValue<string>() == "100.00" && report["total"]!["recovered"]!.GetValue<string>() == "200.00";
        }, TimeSpan.FromSeconds(30), "the bills and payments reach the tables");
        Assert.Equal(
        [
            ["parking", "车位管理费", "100.00", "0.00", "0.00", "100.00", "0.00", "0.00", "0.00", "0.00"],
            ["property", "物业费", "900.00", "300.00", "0.00", "900.00", "300.00", "350.00", "200.00", "150.00"],
        ], report["items"]!.AsArray().Select(i => new[] { "itemCode", "itemName", "receivable", "collected", "waived", "receivableYear", "collectedYear", "openingArrears", "recovered", "arrears" }
            .Select(f => i![f]!.GetValue<string>()).ToArray()));
        Assert.Equal(0.3m, report["total"]!["collectionRate"]!.GetValue<decimal>());
        Assert.Null(report["closedAt"]);

        // Every node's report of this month is its live totals, to the cent.
        foreach (var node in tree.AllNodes)
        {
            await Eventually.TrueAsync(async () => Agrees(await api.DataAsync(
                "query($n: ID!, $p: Period!) { orgNode(id: $n) { totals { receivable collected receivableYear collectedYear openingArrears recovered arrearsPrincipal prepaid } } financeReport(nodeId: $n, period: $p) { prepaid total { receivable collected receivableYear collectedYear openingArrears recovered arrears } } }",
                new { n = node, p = month.ToString() }, token)), TimeSpan.FromSeconds(20), $"{node}'s report agrees with its totals");
        }

        // The group's report, summed from the households' standing, is its only project's, item by item.
        Assert.Equal(report.ToJsonString(), (await api.DataAsync(Report, new { n = tree.Group, p = month.ToString() }, token))["financeReport"]!.ToJsonString());

        var link = await api.DataAsync("mutation($n: ID!, $p: Period!) { exportAnalysis(input: {nodeId: $n, analysis: FINANCE, period: $p}) { url } }", new { n = tree.Project, p = month.ToString() }, token);
        var sheet = Table.Read(await api.DownloadAsync(link["exportAnalysis"]!["url"]!.GetValue<string>(), token));
        Assert.Equal(["车位管理费", "物业费", "合计"], Enumerable.Range(0, 3).Select(i => sheet.Cell(i, "收费项目")));
        Assert.Equal(("1000.00", "300.00", "0.3", "100.00"), (sheet.Cell(2, "应收"), sheet.Cell(2, "实收"), sheet.Cell(2, "收缴率"), sheet.Cell(2, "预交")));

        // Two months back is closed: kept as first produced, even after ¥50 is back-dated into it; a node first asked after
        // the payment sees it (h3's old bill: ¥150 less ¥50 overdue).
        var closed = month.AddMonths(-2);
        var kept = (await api.DataAsync(Report, new { n = tree.Project, p = closed.ToString() }, token))["financeReport"]!;
        Assert.NotNull(kept["closedAt"]);
        await h3.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("fin"), 50m) with { PaidAt = BusinessCalendar.At(closed.Day(20), new TimeOnly(10, 0)) });
        await Eventually.TrueAsync(async () => (await api.DataAsync(Report, new { n = tree.Buildings[2], p = month.ToString() }, token))["financeReport"]!["total"]!["arrears"]!.GetValue<string>() == "100.00",
            TimeSpan.FromSeconds(20), "the back-dated payment reaches the tables");
        Assert.Equal("100.00", (await api.DataAsync(Report, new { n = tree.Group, p = month.ToString() }, token))["financeReport"]!["total"]!["arrears"]!.GetValue<string>());
        Assert.Equal("100.00", (await api.DataAsync(Report, new { n = tree.Buildings[2], p = closed.ToString() }, token))["financeReport"]!["total"]!["arrears"]!.GetValue<string>());
        Assert.Equal(kept.ToJsonString(), (await api.DataAsync(Report, new { n = tree.Project, p = closed.ToString() }, token))["financeReport"]!.ToJsonString());

        // The month before this one: the group's report is summed from the households' standing as of its last day, which
        // follows the payment back-dated after the standing of that month was made; the project's, from the history, agrees.
        // Overdue on its last day: h1's last December ¥200 (paid only this month) and h3's ¥150 less the ¥50.
        var previous = month.AddMonths(-1);
        var projectPrevious = (await api.DataAsync(Report, new { n = tree.Project, p = previous.ToString() }, token))["financeReport"]!;
        Assert.Equal("300.00", projectPrevious["total"]!["arrears"]!.GetValue<string>());
        Assert.Equal(WithoutClosedAt(projectPrevious), WithoutClosedAt((await api.DataAsync(Report, new { n = tree.Group, p = previous.ToString() }, token))["financeReport"]!));
    }

    private static string WithoutClosedAt(JsonNode report)
    {
        var copy = report.DeepClone().AsObject();
        copy.Remove("closedAt");
        return copy.ToJsonString();
    }

    private static bool Agrees(JsonNode data)
    {
        var (totals, report) = (data["orgNode"]!["totals"]!, data["financeReport"]!);
        var pairs = new[] { ("receivable", "receivable"), ("collected", "collected"), ("receivableYear", "receivableYear"), ("collectedYear", "collectedYear"),
            ("openingArrears", "openingArrears"), ("recovered", "recovered"), ("arrearsPrincipal", "arrears") };
        return pairs.All(p => totals[p.Item1]!.GetValue<string>() == report["total"]![p.Item2]!.GetValue<string>())
            && totals["prepaid"]!.GetValue<string>() == report["prepaid"]!.GetValue<string>();
    }

    private static async Task<IHouseholdGrain> HouseholdAsync(TestApi api, OrgTree tree, int building, string name, BillDraft[] bills)
    {
        var household = api.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[building]}/{name}");
        await household.RegisterAsync(BillingFixtures.Household(tree.Project, household.GetPrimaryKeyString()) with { BuildingId = tree.Buildings[building] });
        await household.IssueBillsAsync(bills);
        return household;
    }
}
