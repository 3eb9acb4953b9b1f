using System.Text.Json.Nodes;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;
using CollectionGrains.Tests.Outreach;

namespace CollectionGrains.Tests.Service;

/// <summary>
/// A complaint closed in a loop, through the API: a class-E contact becomes a service order in one step; while it is
/// open the household is not dunned (nothing in the plan, a waiting message cancelled, no message or notice issued);
/// the service desk fixes it, the owner confirms, and the plan asks for a follow-up contact the same day. Open orders
/// roll up.
/// </summary>
public sealed class ServiceOrderTests : IAsyncLifetime
{
    private const string Case = "query($h: ID!) { household(id: $h) { collection { paused pauseReason nextAction { method reason windowStart } } serviceOrders { id status } } }";
    private const string Update = "mutation($i: UpdateServiceOrderInput!) { updateServiceOrder(input: $i) { order { status deadline events { to note by } } } }";
    private static readonly byte[] Jpeg = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Collection", "Assets", "photo.jpg"));
    private WebhookReceiver _receiver = null!;
    private TestApi _api = null!;
    private OrgTree _tree = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("service"), outreach: settings => settings.WithWebhook(_receiver.Url, _receiver.Key));
        _tree = await OrgTree.CreateAsync(_api.Grains);
        _api.SignIn(CollectionGrains.Access.Role.GroupAdmin, _tree.Group);
        await _api.DataAsync("mutation($g: ID!, $c: String!) { importHouseholds(input: {groupId: $g, format: CSV, content: $c}) { applied } }", new { g = _tree.Group, c = ApiFixture.HouseholdsCsv });
        await _api.DataAsync("mutation($g: ID!, $c: String!) { importOpeningArrears(input: {groupId: $g, format: CSV, content: $c}) { succeeded } }", new { g = _tree.Group, c = ApiFixture.OpeningArrearsCsv });
        var allDay = new { start = "00:00", end = "23:59" };
        await _api.DataAsync("mutation($i: SetCollectionPolicyInput!) { setCollectionPolicy(input: $i) { __typename } }",
            new { i = new { projectId = _tree.Project, weekdayWindows = new[] { allDay }, weekendWindows = new[] { allDay } } });
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task An_open_order_pauses_dunning_and_its_confirmation_puts_a_follow_up_in_the_plan_the_same_day()
    {
        var household = $"{_tree.Buildings[2]}/3-301";
        var waiting = "m-" + Guid.NewGuid().ToString("N")[..12];
        _receiver.FailFirst(waiting, 1000);   // refused by the gateway until it is cancelled
        await _api.DataAsync("mutation($i: SendMessageInput!) { sendMessage(input: $i) { status } }",
            new { i = new { messageId = waiting, householdId = household, channel = "SMS", text = "李女士您好，您的物业费尚欠，请及时缴纳。" } });
        await Eventually.TrueAsync(() => Task.FromResult(_receiver.Posts.Contains(waiting)), TimeSpan.FromSeconds(10), "the message is being tried");
        await _api.DataAsync("mutation($i: RecordContactInput!) { recordContact(input: $i) { appliedNow } }", new
        {
            i = new
            {
                contactId = "投诉-1", householdId = household, method = "PHONE", outcome = "E_REFUSING", at = DateTimeOffset.UtcNow.AddDays(-3).ToString("O"),
                reason = new { category = "BASIC_SERVICE", text = "电梯停运两周没人管，不修好不交" },
            },
        });

        var opened = (await _api.DataAsync("mutation($i: OpenServiceOrderInput!) { openServiceOrder(input: $i) { order { id status category deadline photos contactId } } }", new
        {
            i = new { householdId = household, category = "BASIC_SERVICE", description = "3栋电梯停运两周，业主因此拒交物业费", contactId = "投诉-1", photos = new[] { Convert.ToBase64String(Jpeg) } },
        }))["openServiceOrder"]!["order"]!;
        var orderId = opened["id"]!.GetValue<string>();
        // 基础服务类: three days from today (China time).
        Assert.Equal(("OPEN", BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(3).ToString("yyyy-MM-dd"), 1), (opened["status"]!.GetValue<string>(),
            opened["deadline"]!.GetValue<string>(), opened["photos"]!.GetValue<int>()));

        // Paused: no plan action, the waiting message cancelled, no new message, no notice.
        var paused = (await _api.DataAsync(Case, new { h = household }))["household"]!;
        Assert.True(paused["collection"]!["paused"]!.GetValue<bool>());
        Assert.Contains(orderId, paused["collection"]!["pauseReason"]!.GetValue<string>());
        Assert.Null(paused["collection"]!["nextAction"]);
        await Eventually.TrueAsync(async () => await StatusAsync(waiting) is ("CANCELLED", var note) && note.Contains("paused", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the waiting message is cancelled");
        Assert.DoesNotContain(waiting, _receiver.Taken.Keys);
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code((await _api.PostAsync("mutation($i: SendMessageInput!) { sendMessage(input: $i) { status } }",
            new { i = new { messageId = "m-again", householdId = household, channel = "SMS", text = "再次提醒" } })).Body));
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code((await _api.PostAsync("mutation($i: IssueNoticeInput!) { issueNotice(input: $i) { notice { id } } }",
            new { i = new { householdId = household, kind = "DUNNING_NOTICE" } })).Body));
        await TotalsAsync(open: 1);
        var queue = (await _api.DataAsync("query($p: ID!) { serviceOrders(nodeId: $p, status: OPEN) { orders { id household { id } } } }", new { p = _tree.Group }))["serviceOrders"]!["orders"]!.AsArray();
        Assert.Equal([orderId], queue.Select(o => o!["id"]!.GetValue<string>()));

        // The desk works it; the owner first finds it not fixed, then confirms (the complaint was three days ago: today's caps are untouched).
        Assert.Equal("CONFLICT", ApiFixture.Code((await _api.PostAsync(Update, new { i = new { orderId, status = "CONFIRMED" } })).Body));
        await _api.DataAsync(Update, new { i = new { orderId, status = "IN_PROGRESS", note = "已联系电梯维保单位" } });
        await _api.DataAsync(Update, new { i = new { orderId, status = "RESOLVED", note = "已更换电梯主板" } });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code((await _api.PostAsync(Update, new { i = new { orderId, status = "REOPENED" } })).Body));
        await _api.DataAsync(Update, new { i = new { orderId, status = "REOPENED", note = "业主反映电梯仍时常停运" } });
        await _api.DataAsync(Update, new { i = new { orderId, status = "RESOLVED", note = "更换曳引机，试运行三天无故障" } });
        Assert.True((await _api.DataAsync(Case, new { h = household }))["household"]!["collection"]!["paused"]!.GetValue<bool>());   // fixed, not yet confirmed
        var confirmed = (await _api.DataAsync(Update, new { i = new { orderId, status = "CONFIRMED", note = "业主确认电梯已恢复" } }))["updateServiceOrder"]!["order"]!;
        Assert.Equal(["OPEN", "IN_PROGRESS", "RESOLVED", "REOPENED", "RESOLVED", "CONFIRMED"], confirmed["events"]!.AsArray().Select(e => e!["to"]!.GetValue<string>()));

        var resumed = (await _api.DataAsync(Case, new { h = household }))["household"]!["collection"]!;
        Assert.False(resumed["paused"]!.GetValue<bool>());
        Assert.Equal(("PHONE", "SERVICE_FOLLOW_UP"), (resumed["nextAction"]!["method"]!.GetValue<string>(), resumed["nextAction"]!["reason"]!.GetValue<string>()));
        Assert.Equal(BusinessCalendar.DateOf(DateTimeOffset.UtcNow), BusinessCalendar.DateOf(DateTimeOffset.Parse(resumed["nextAction"]!["windowStart"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));
        await TotalsAsync(open: 0);
        // The follow-up made, the plan goes back to the procedure.
        await _api.DataAsync("mutation($i: RecordContactInput!) { recordContact(input: $i) { appliedNow } }", new
        {
            i = new { contactId = "回访-1", householdId = household, method = "PHONE", outcome = "B_UNDECIDED", notes = "回访电梯维修情况，业主满意，答应考虑缴费" },
        });
        Assert.NotEqual("SERVICE_FOLLOW_UP", (await _api.DataAsync(Case, new { h = household }))["household"]!["collection"]!["nextAction"]?["reason"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_refusal_over_service_raises_a_warning_pushed_live_to_the_groups_watcher_until_an_order_is_opened()
    {
        var household = $"{_tree.Buildings[1]}/2-201";
        using var socket = await GraphQLSocket.ConnectAsync(_api.WebSocketUri);
        await GraphQLSocket.SendAsync(socket, new { type = "connection_init", payload = new { token = _api.TokenFor(CollectionGrains.Access.Role.GroupAdmin, _tree.Group) } });
        Assert.Equal("connection_ack", (await GraphQLSocket.ReceiveAsync(socket))["type"]!.GetValue<string>());
        await GraphQLSocket.SendAsync(socket, new
        {
            id = "w", type = "subscribe",
            payload = new { query = "subscription($n: ID!) { warningRaised(nodeId: $n) { id kind level detail household { id } } }", variables = new { n = _tree.Group } },
        });

        await _api.DataAsync("mutation($i: RecordContactInput!) { recordContact(input: $i) { appliedNow } }", new
        {
            i = new { contactId = "投诉-2", householdId = household, method = "PHONE", outcome = "E_REFUSING", reason = new { category = "DEVELOPER", text = "房屋漏水开发商不修" } },
        });
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var pushed = await GraphQLSocket.ReceiveAsync(socket).WaitAsync(wait.Token);
        var warning = pushed["payload"]!["data"]!["warningRaised"]!;
        Assert.Equal(("COMPLAINT_WITHOUT_SERVICE_ORDER", "COLLECTOR", household), (warning["kind"]!.GetValue<string>(), warning["level"]!.GetValue<string>(),
            warning["household"]!["id"]!.GetValue<string>()));
        var listed = (await _api.DataAsync("query($n: ID!) { warnings(nodeId: $n) { warnings { id kind } } }", new { n = _tree.Project }))["warnings"]!["warnings"]!.AsArray();
        Assert.Contains(listed, w => w!["id"]!.GetValue<string>() == warning["id"]!.GetValue<string>());
        await Eventually.TrueAsync(async () => (await _api.DataAsync("query($g: ID!) { orgNode(id: $g) { totals { warningsOpen } } }", new { g = _tree.Group }))["orgNode"]!["totals"]!["warningsOpen"]!.GetValue<long>() == 1,
            TimeSpan.FromSeconds(10), "the group counts the warning");

        // The order opened, the warning is cleared: the list of open ones no longer has it, the cleared ones do.
        await _api.DataAsync("mutation($i: OpenServiceOrderInput!) { openServiceOrder(input: $i) { order { id } } }",
            new { i = new { householdId = household, category = "DEVELOPER", description = "2栋201卫生间漏水，开发商维修", contactId = "投诉-2" } });
        await Eventually.TrueAsync(async () =>
        {
            var open = (await _api.DataAsync("query($n: ID!) { warnings(nodeId: $n) { warnings { id } } }", new { n = _tree.Group }))["warnings"]!["warnings"]!.AsArray();
            var cleared = (await _api.DataAsync("query($n: ID!) { warnings(nodeId: $n, status: CLEARED) { warnings { id clearedOn } } }", new { n = _tree.Group }))["warnings"]!["warnings"]!.AsArray();
            return open.Count == 0 && cleared.Any(w => w!["id"]!.GetValue<string>() == warning["id"]!.GetValue<string>());
        }, TimeSpan.FromSeconds(10), "the warning is cleared");
    }

    private async Task<(string Status, string Note)> StatusAsync(string messageId)
    {
        var messages = (await _api.DataAsync("query($p: ID!) { messages(nodeId: $p) { messages { id status note } } }", new { p = _tree.Project }))["messages"]!["messages"]!.AsArray();
        var found = messages.FirstOrDefault(m => m!["id"]!.GetValue<string>() == messageId);
        return (found?["status"]?.GetValue<string>() ?? "", found?["note"]?.GetValue<string>() ?? "");
    }

    private Task TotalsAsync(long open) => Eventually.TrueAsync(async () =>
    {
        var totals = (await _api.DataAsync("query($g: ID!) { orgNode(id: $g) { totals { serviceOrdersOpen } } }", new { g = _tree.Group }))["orgNode"]!["totals"]!;
        return totals["serviceOrdersOpen"]!.GetValue<long>() == open;
    }, TimeSpan.FromSeconds(10), $"the group counts {open} open service orders");
}
