using System.Text;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Collection;

/// <summary>The collection work through GraphQL, as its users do it: a supervisor assigns, collectors grab, call and record, in Chinese.</summary>
public sealed class CollectionApiTests
{
    private const string RecordContact = """
        mutation($input: RecordContactInput!) { recordContact(input: $input) { appliedNow contact { id outcome outsideWindow amountOwed collector promisedDate promisedAmount reason { category text } } } }
        """;

    [Fact]
    public async Task A_supervisor_assigns_a_building_and_its_collector_plans_calls_and_records_in_chinese()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("collect-api"));
        var scene = await CollectionScene.CreateAsync(api.Grains, householdsPerBuilding: 1, owed: 1234.50m);
        await scene.TasksOpenAsync();
        var (collector, other) = (await scene.CollectorAsync("c1"), await scene.CollectorAsync("c2"));
        var supervisor = api.TokenFor(Role.Supervisor, scene.Tree.Project, "主管-陈静");
        var mine = api.TokenFor(Role.Collector, scene.Tree.Project, collector);
        var theirs = api.TokenFor(Role.Collector, scene.Tree.Project, other);
        var household = scene.Households[0];

        var assigned = await api.DataAsync("mutation($input: AssignHouseholdsInput!) { assignHouseholds(input: $input) { moved collector { username displayName } } }",
            new { input = new { projectId = scene.Tree.Project, collector, buildingIds = new[] { scene.Tree.Buildings[0] } } }, supervisor);
        Assert.Equal(1, assigned["assignHouseholds"]!["moved"]!.GetValue<int>());
        Assert.Equal("收费员 c1", assigned["assignHouseholds"]!["collector"]!["displayName"]!.GetValue<string>());

        var script = await api.DataAsync("mutation($input: SaveScriptInput!) { saveScript(input: $input) { script { id version } } }", new
        {
            input = new { groupId = scene.Tree.Group, scriptId = "首轮", title = "首轮电话提醒", method = "PHONE", body = "{{ owner }}您好，您家物业费尚欠 {{ amount }} 元（{{ months }} 个月），缴费链接 {{ payLink }}" },
        }, api.TokenFor(Role.GroupAdmin, scene.Tree.Group));
        Assert.Equal(1, script["saveScript"]!["script"]!["version"]!.GetValue<int>());
        var day = BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        var plan = await EventuallyPlanAsync(api, mine, day, household);
        Assert.Equal("PHONE", plan["method"]!.GetValue<string>());
        Assert.StartsWith("首轮提醒", plan["reason"]!.GetValue<string>());
        // What the ledger says is owed today (the bill of 2025 and its late fee) is what the plan shows and the contact records.
        var owed = (await api.Grains.GetGrain<IHouseholdGrain>(household).GetArrearsAsync(null)).Total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(decimal.Parse(owed, System.Globalization.CultureInfo.InvariantCulture) > 1234.50m);
        Assert.Equal(owed, plan["amountOwed"]!.GetValue<string>());
        var grouped = decimal.Parse(owed, System.Globalization.CultureInfo.InvariantCulture).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"张伟您好，您家物业费尚欠 {grouped} 元（", plan["scriptText"]!.GetValue<string>());
        // The wording's pay link is the household's own: it opens the page of its room.
        var link = System.Text.RegularExpressions.Regex.Match(plan["scriptText"]!.GetValue<string>(), @"http://\S+/pay/[A-Za-z0-9_.-]+").Value;
        using (var browser = new HttpClient())
        {
            Assert.Contains("1-101", await browser.GetStringAsync(link));
        }

        var promised = BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(3).ToString("yyyy-MM-dd");
        var contact = new
        {
            contactId = "电话-0001", householdId = household, method = "PHONE", outcome = "A_PROMISED", promisedDate = promised, promisedAmount = "600.00",
            reason = new { category = "OTHER", text = "本月资金周转困难，下周发工资后先交一半" }, notes = "业主态度友好",
        };
        var first = await api.DataAsync(RecordContact, new { input = contact }, mine);
        var again = await api.DataAsync(RecordContact, new { input = contact }, mine);
        Assert.True(first["recordContact"]!["appliedNow"]!.GetValue<bool>());
        Assert.False(again["recordContact"]!["appliedNow"]!.GetValue<bool>());
        Assert.Equal((collector, owed, "本月资金周转困难，下周发工资后先交一半"), (first["recordContact"]!["contact"]!["collector"]!.GetValue<string>(),
            first["recordContact"]!["contact"]!["amountOwed"]!.GetValue<string>(), first["recordContact"]!["contact"]!["reason"]!["text"]!.GetValue<string>()));
        var conflict = await api.PostAsync(RecordContact, new { input = contact with { notes = "改了内容" } }, token: mine);
        Assert.Equal("CONFLICT", ApiFixture.Code(conflict.Body));

        var @case = await api.DataAsync("query($id: ID!) { household(id: $id) { collection { contactClass promise { date amount state } collector { username } task { status collector { username } } contacts { id } } } }",
            new { id = household }, mine);
        var collection = @case["household"]!["collection"]!;
        Assert.Equal(("A_PROMISED", "600.00", "OPEN", "ASSIGNED"), (collection["contactClass"]!.GetValue<string>(), collection["promise"]!["amount"]!.GetValue<string>(),
            collection["promise"]!["state"]!.GetValue<string>(), collection["task"]!["status"]!.GetValue<string>()));

        var hidden = await api.PostAsync("query($id: ID!) { household(id: $id) { id } }", new { id = household }, token: theirs);
        Assert.Null(hidden.Body["data"]!["household"]);
        var intrusion = await api.PostAsync(RecordContact, new { input = contact with { contactId = "越权-1" } }, token: theirs);
        Assert.Equal("NOT_FOUND", ApiFixture.Code(intrusion.Body));

        var sheet = await api.DataAsync("query($p: ID!) { recordSheet(projectId: $p, format: CSV) { fileName contentBase64 } }", new { p = scene.Tree.Project }, supervisor);
        var csv = Encoding.UTF8.GetString(Convert.FromBase64String(sheet["recordSheet"]!["contentBase64"]!.GetValue<string>()));
        var line = csv.Split("\r\n").Single(l => l.Contains("1-101") && l.Contains("1栋"));
        Assert.Contains("A 近期交纳", line);
        Assert.Contains("其他：本月资金周转困难", line);
        Assert.Contains(BusinessCalendar.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd"), line);
        Assert.Contains($",{owed},", line);
    }

    [Fact]
    public async Task A_paid_household_is_not_contacted_and_of_concurrent_grabs_through_graphql_one_wins()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("grab-api"));
        var scene = await CollectionScene.CreateAsync(api.Grains, householdsPerBuilding: 1);
        await scene.TasksOpenAsync();
        // Collectors of the project whom nobody has assigned anything yet: grabbing puts them on its roster.
        var collectors = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => scene.CollectorAsync($"g{i}")));
        var task = (await scene.Case(scene.Households[0]).GetAsync()).Task!.TaskId;
        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => api.PostAsync(
            "mutation($input: GrabTaskInput!) { grabTask(input: $input) { task { status collector { username } } } }",
            new { input = new { taskId = task } }, token: api.TokenFor(Role.Collector, scene.Tree.Project, collectors[i % 4]))));

        var winners = answers.Where(a => a.Body["errors"] is null).ToList();
        Assert.Single(winners);
        Assert.All(answers.Where(a => a.Body["errors"] is not null), a => Assert.True(ApiFixture.Code(a.Body) == "CONFLICT", a.Body.ToJsonString()));
        Assert.Equal("ASSIGNED", winners[0].Body["data"]!["grabTask"]!["task"]!["status"]!.GetValue<string>());

        var paid = scene.Households[1];
        var owed = (await api.Grains.GetGrain<IHouseholdGrain>(paid).GetArrearsAsync(null)).Total;
        await api.Grains.GetGrain<IHouseholdGrain>(paid).RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("p"), owed));
        var refused = await api.PostAsync(RecordContact, new { input = new { contactId = "c-paid", householdId = paid, method = "PHONE", outcome = "B_UNDECIDED" } },
            token: api.TokenFor(Role.Supervisor, scene.Tree.Project));
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(refused.Body));
        Assert.Contains("nothing to pay", refused.Body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Empty((await scene.Case(paid).GetAsync()).Contacts);
    }

    private static async Task<JsonNode> EventuallyPlanAsync(TestApi api, string token, string day, string household)
    {
        JsonNode? item = null;
        await Eventually.TrueAsync(async () =>
        {
            var plan = await api.DataAsync("query($d: Date) { myPlan(date: $d) { household { id room owner { name } } method reason amountOwed overdue legacyIssues { text } script { id } scriptText } }", new { d = day }, token);
            item = plan["myPlan"]!.AsArray().FirstOrDefault(i => i!["household"]!["id"]!.GetValue<string>() == household);
            return item is not null;
        }, TimeSpan.FromSeconds(10), "the household is on its collector's plan");
        return item!;
    }
}
