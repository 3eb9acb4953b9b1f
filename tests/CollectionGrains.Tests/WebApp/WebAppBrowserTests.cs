using System.Globalization;
using System.Text.Json.Nodes;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.WebApp;

/// <summary>
/// The three screens in Debian's Chromium (playwright-core) on the real silo with the demo: the head-office dashboard,
/// the collector's phone page and the supervisor's console, each page checked by axe-core and photographed
/// (.artifacts/screenshots). Expected values come from the API, asked separately.
/// </summary>
public sealed class WebAppBrowserTests(DemoSiloFixture demo) : IClassFixture<DemoSiloFixture>
{
    [Fact]
    public async Task The_dashboard_shows_the_groups_rate_follows_a_payment_live_and_drills_down_to_a_household_and_back()
    {
        var admin = await demo.TokenAsync("admin");
        var rate = (await demo.DataAsync("{ orgNode(id: \"demo\") { totals { collectionRate } } }", new { }, admin))["orgNode"]!["totals"]!["collectionRate"]!.GetValue<decimal>();
        var payee = await HouseholdOwingOnlyThisMonthAsync(admin, 88.00m);

        var report = await demo.BrowseAsync("app-dashboard.mjs", "admin", DemoSiloFixture.Password, payee);

        Assert.Equal("#/node/demo", report["home"]!.GetValue<string>());
        Assert.Equal((rate * 100).ToString("F1", CultureInfo.InvariantCulture) + "%", report["collectionRate"]!.GetValue<string>());
        // The payment settles this month's bill: the month's collected figure rises by its amount, without a reload, within 2 s.
        Assert.Equal(Yuan(report["collectedBefore"]!) + 88.00m, Yuan(report["collectedAfter"]!));
        Assert.InRange(report["liveDelayMs"]!.GetValue<int>(), 0, 2000);
        // Group, region, branch, project, zone, building; then the arrears list, a household, and back to the group.
        Assert.Equal(6, report["path"]!.AsArray().Count);
        Assert.NotNull(report["household"]);
        Assert.Equal("#/node/demo", report["backAt"]!.GetValue<string>());
        Assert.True(report["signedOutSees"]!["login"]!.GetValue<bool>());
        Assert.Equal(0, report["signedOutSees"]!["figures"]!.GetValue<int>());
        Assert.Equal("Username", report["english"]!.GetValue<string>());
        // The arrears list downloaded as the office keeps it: an .xlsx workbook (a zip package).
        Assert.EndsWith(".xlsx", report["exported"]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(report["exported"]!["path"]!.GetValue<string>())[..2]);
        Assert.True(report["effectRows"]!.GetValue<int>() > 0, "the demo's contacts of the last 30 days, by method");
        // The analyses of the demo group: reasons (or households overdue without one), the months' roll matrices, the
        // finance report's charge items and its total row.
        Assert.True(report["reasonsRows"]!.GetValue<int>() > 0, report["reasonsText"]?.ToString());
        Assert.True(report["rollsRows"]!.GetValue<int>() > 0, report["rollsText"]?.ToString());
        Assert.True(report["financeRows"]!.GetValue<int>() >= 2, report["financeText"]?.ToString());
        Assert.True(report["trendRows"]!.GetValue<int>() == 6, report["trendText"]?.ToString());   // the six months up to this one
        Assert.Contains("催收分析月报", report["reportsText"]!.GetValue<string>(), StringComparison.Ordinal);
        // The demo trains its group's model when its history is long enough: its calibration, or that there is none yet.
        var creditText = report["creditText"]!.GetValue<string>();
        Assert.True(creditText.Contains("模型 v", StringComparison.Ordinal) || creditText.Contains("集团尚未训练续欠模型", StringComparison.Ordinal), creditText);
        AssertAccessible(report, "dashboard", "effect", "analysis-reasons", "analysis-rolls", "analysis-finance", "analysis-credit", "arrears", "household", "login");
    }

    [Fact]
    public async Task The_collectors_phone_page_lists_the_plan_and_records_a_call_a_visit_and_an_offline_contact_once()
    {
        var collector = await demo.TokenAsync("collector1");
        var supervisor = await demo.TokenAsync("supervisor1");
        var plan = (await demo.DataAsync("query($d: Date) { myPlan(date: $d) { household { id } } }", new { d = Today() }, collector))["myPlan"]!.AsArray()
            .Select(i => i!["household"]!["id"]!.GetValue<string>()).ToList();
        var package = await PackageAsync("collector1", collector);
        var own = package.Select(h => h["id"]!.GetValue<string>()).ToHashSet();
        // A household that owes (a visit ends in a promise of what it owes), not one the page calls or records offline.
        var visited = package.First(h => decimal.Parse(h["arrears"]!["total"]!.GetValue<string>(), CultureInfo.InvariantCulture) > 0
            && !plan.Take(2).Contains(h["id"]!.GetValue<string>()))["id"]!.GetValue<string>();
        var door = (await demo.DataAsync("query($id: ID!) { household(id: $id) { doorQrToken building { latitude longitude } } }", new { id = visited }, supervisor))["household"]!;

        var others = (await PackageAsync("collector2", supervisor))[0]["id"]!.GetValue<string>();

        var report = await demo.BrowseAsync("app-phone.mjs", "collector1", DemoSiloFixture.Password, visited, door["doorQrToken"]!.GetValue<string>(),
            door["building"]!["latitude"]!.ToString(), door["building"]!["longitude"]!.ToString(), Path.Combine(AppContext.BaseDirectory, "Collection", "Assets", "photo.jpg"), others);

        Assert.Equal("#/phone", report["home"]!.GetValue<string>());
        Assert.Equal(plan, report["plan"]!.AsArray().Select(i => i!.GetValue<string>()));
        // Only their own households; nothing another collector holds.
        Assert.Equal(own.Order(StringComparer.Ordinal), report["mine"]!.AsArray().Select(i => i!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(report["plan"]!.AsArray(), id => Assert.Contains(id!.GetValue<string>(), own));
        Assert.Contains("未找到", report["others"]!.GetValue<string>());
        Assert.InRange(report["scriptBytesGzipped"]!.GetValue<long>(), 1, 300 * 1024);

        Assert.Equal("已记录", report["called"]!["result"]!.GetValue<string>());
        Assert.Single(await ContactsAsync(report["called"]!["household"]!.GetValue<string>(), supervisor),
            c => c!["notes"]?.GetValue<string>()?.StartsWith("楼下遇见业主-", StringComparison.Ordinal) == true && c["method"]!.GetValue<string>() == "PHONE");
        // Offline: said so and kept; back online: sent, the phone keeps nothing, and the household has it once.
        var offline = report["offline"]!;
        Assert.Equal("1 条待发送", offline["result"]!.GetValue<string>());
        Assert.Contains("离线", offline["banner"]!.GetValue<string>());
        Assert.Empty(offline["left"]!.AsArray());
        // Opened again without a signal: the page from the phone's copy, the plan as last seen, the contact still waiting.
        Assert.Equal(plan.Count, offline["reopenedPlan"]!.GetValue<int>());
        Assert.Contains("1 条待发送", offline["reopenedBanner"]!.GetValue<string>());
        Assert.Single(await ContactsAsync(offline["household"]!.GetValue<string>(), supervisor), c => c!["notes"]?.GetValue<string>() == offline["notes"]!.GetValue<string>());
        var visit = Assert.Single(await ContactsAsync(visited, supervisor), c => c!["method"]!.GetValue<string>() == "VISIT" && c["notes"]?.GetValue<string>()?.StartsWith("上门-", StringComparison.Ordinal) == true)!;
        Assert.False(visit["visitCheck"]!["flagged"]!.GetValue<bool>(), visit.ToJsonString());
        AssertAccessible(report, "phone-plan", "phone-card", "phone-offline");
    }

    [Fact]
    public async Task The_supervisor_moves_a_building_to_another_collector_and_reviews_a_visit()
    {
        var supervisor = await demo.TokenAsync("supervisor1");
        var households = await HoldersAsync(supervisor);
        var building = households.First(h => h.Collector == "collector3").Building;
        Assert.All(households.Where(h => h.Building == building), h => Assert.Equal("collector3", h.Collector));
        var visitsBefore = await VisitsToReviewAsync(supervisor);

        var report = await demo.BrowseAsync("app-console.mjs", "supervisor1", DemoSiloFixture.Password, building, "collector2", "collector3");

        Assert.Equal("#/console/demo-p0", report["home"]!.GetValue<string>());
        Assert.Empty(report["errors"]!.AsArray()); // every tab answered (the weekly review among them)
        // The building went to collector2, then two of its households back to collector3; none was lost on the way.
        var backToCollector3 = report["householdsMoved"]!.AsArray().Select(h => h!.GetValue<string>()).ToList();
        var after = await HoldersAsync(supervisor);
        Assert.Equal(households.Count(h => h.Building == building), after.Count(h => h.Building == building));
        Assert.All(after.Where(h => h.Building == building),
            h => Assert.Equal(backToCollector3.Contains(h.Household) ? "collector3" : "collector2", h.Collector));
        // The demo's visits of today include flagged ones: one of them was marked, and left the list.
        Assert.True(visitsBefore.Flagged > 0, "the demo has flagged visits");
        Assert.NotNull(report["reviewed"]);
        Assert.Equal((visitsBefore.All - 1, visitsBefore.Flagged - 1), await VisitsToReviewAsync(supervisor));
        AssertAccessible(report, "console-packages", "console-daily", "console-review", "console-visits", "console-orders", "console-legal", "console-targets");
    }

    private static void AssertAccessible(JsonNode report, params string[] pages)
    {
        foreach (var page in pages)
        {
            Assert.True(report["violations"]![page] is JsonArray { Count: 0 }, $"{page}: {report["violations"]![page]?.ToJsonString()}");
        }
    }

    private static decimal Yuan(JsonNode shown) => decimal.Parse(shown.GetValue<string>().Replace("¥", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static string Today() => Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A household of the second project that owes nothing from before this month and at least the amount this month.</summary>
    private async Task<string> HouseholdOwingOnlyThisMonthAsync(string token, decimal amount)
    {
        var month = Kernel.Period.Of(Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow)).ToString();
        var building = (await demo.DataAsync("{ orgNode(id: \"demo-p1\") { children { items { children { items { id } } } } } }", new { }, token))["orgNode"]!["children"]!["items"]![0]!["children"]!["items"]![0]!["id"]!.GetValue<string>();
        var households = (await demo.DataAsync("query($b: ID!) { orgNode(id: $b) { households(first: 100) { items { id bills { period totalDue } } } } }", new { b = building }, token))["orgNode"]!["households"]!["items"]!.AsArray();
        return households.First(h =>
            {
                var bills = h!["bills"]!.AsArray();
                return bills.All(b => b!["period"]!.GetValue<string>() == month || decimal.Parse(b["totalDue"]!.GetValue<string>(), CultureInfo.InvariantCulture) == 0)
                    && bills.Where(b => b!["period"]!.GetValue<string>() == month).Sum(b => decimal.Parse(b!["totalDue"]!.GetValue<string>(), CultureInfo.InvariantCulture)) >= amount;
            })!["id"]!.GetValue<string>();
    }

    private async Task<JsonArray> ContactsAsync(string household, string token) =>
        (await demo.DataAsync("query($id: ID!) { household(id: $id) { collection { contacts(first: 50) { notes method visitCheck { flagged problems } } } } }",
            new { id = household }, token))["household"]!["collection"]!["contacts"]!.AsArray();

    private async Task<List<(string Household, string Building, string Collector)>> HoldersAsync(string token)
    {
        var collectors = (await demo.DataAsync("{ orgNode(id: \"demo-p0\") { collectors { username } } }", new { }, token))["orgNode"]!["collectors"]!.AsArray()
            .Select(c => c!["username"]!.GetValue<string>());
        List<(string, string, string)> holders = [];
        foreach (var collector in collectors)
        {
            holders.AddRange((await PackageAsync(collector, token)).Select(h => (h["id"]!.GetValue<string>(), h["building"]!["id"]!.GetValue<string>(), collector)));
        }
        return holders;
    }

    /// <summary>Every household of a collector's package, page by page.</summary>
    private async Task<List<JsonNode>> PackageAsync(string collector, string token)
    {
        List<JsonNode> households = [];
        string? after = null;
        do
        {
            var page = (await demo.DataAsync("query($u: String!, $a: String) { collector(username: $u) { households(first: 200, after: $a) { pageInfo { hasNextPage endCursor } items { id building { id } arrears { total } } } } }",
                new { u = collector, a = after }, token))["collector"]!["households"]!;
            households.AddRange(page["items"]!.AsArray().Select(h => h!));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return households;
    }

    private async Task<(int All, int Flagged)> VisitsToReviewAsync(string token)
    {
        var visits = (await demo.DataAsync("{ visitsToReview(projectId: \"demo-p0\") { flagged } }", new { }, token))["visitsToReview"]!.AsArray();
        return (visits.Count, visits.Count(v => v!["flagged"]!.GetValue<bool>()));
    }
}
