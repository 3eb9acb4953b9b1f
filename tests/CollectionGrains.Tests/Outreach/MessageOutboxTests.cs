using System.Text.Json.Nodes;
using CollectionGrains.Tests.Organisation;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Outreach;

/// <summary>
/// Messages through the outbox to a webhook gateway on loopback that fails sometimes: retried until taken, taken once
/// (also when a silo died after sending and before it could say so), never outside the contact windows, cancelled when
/// the household pays first or the owner opted out.
/// </summary>
public sealed class MessageOutboxTests : IAsyncLifetime
{
    private const string Send = "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id status recipient } }";
    private const string Outbox = "query($p: ID!) { messages(nodeId: $p) { messages { id status attempts note deliveredAt } } }";
    private WebhookReceiver _receiver = null!;
    private TestApi _api = null!;
    private OrgTree _tree = null!;
    private string _clusterId = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _clusterId = TestSilo.NewClusterId("msg");
        _api = await TestApi.StartSiloAsync(_clusterId, outreach: settings => settings.WithWebhook(_receiver.Url, _receiver.Key));
        _tree = await OrgTree.CreateAsync(_api.Grains);
        _api.SignIn(CollectionGrains.Access.Role.GroupAdmin, _tree.Group);
        await _api.DataAsync("mutation($g: ID!, $c: String!) { importHouseholds(input: {groupId: $g, format: CSV, content: $c}) { applied } }",
            new { g = _tree.Group, c = ApiFixture.HouseholdsCsv });
        await _api.DataAsync("mutation($g: ID!, $c: String!) { importOpeningArrears(input: {groupId: $g, format: CSV, content: $c}) { succeeded } }",
            new { g = _tree.Group, c = ApiFixture.OpeningArrearsCsv });
        await SetWindowsAsync(open: true);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_message_the_gateway_refuses_twice_is_retried_and_taken_once()
    {
        var id = NewId();
        _receiver.FailFirst(id, 2);
        var queued = (await _api.DataAsync(Send, new { i = new { messageId = id, householdId = Household(0, "1-101"), channel = "SMS", text = "张先生您好，您的物业费尚欠，请及时缴纳。" } }))["sendMessage"]!;
        Assert.Equal(("QUEUED", "13800138000"), (queued["status"]!.GetValue<string>(), queued["recipient"]!.GetValue<string>()));

        var sent = await SettledAsync(id, "SENT");
        Assert.Equal(3, sent["attempts"]!.GetValue<int>());
        Assert.Equal(3, _receiver.Posts.Count(p => p == id));
        Assert.Contains("物业费尚欠", _receiver.Taken[id]);
        // The same decision sent again is the same message: nothing new is queued.
        await _api.DataAsync(Send, new { i = new { messageId = id, householdId = Household(0, "1-101"), channel = "SMS", text = "张先生您好，您的物业费尚欠，请及时缴纳。" } });
        await Task.Delay(1500);
        Assert.Equal(3, _receiver.Posts.Count(p => p == id));
    }

    [Fact]
    public async Task A_silo_that_died_after_sending_leaves_the_message_to_another_which_sends_it_under_the_same_key()
    {
        var id = NewId();
        // What a dead silo left: the message claimed (its lease running out in 3 s), already posted to the gateway.
        await TestPostgres.ExecuteAsync($"""
            INSERT INTO outreach.message (message_id, service_id, household_id, project_id, channel, recipient, body, is_reminder, decided_by, decided_at,
                                          next_attempt_at, lease_owner, lease_until)
            VALUES ('{id}', '{_clusterId}', '{Household(2, "3-301")}', '{_tree.Project}', 'Sms', '13900139000', '李女士您好，请缴纳物业费。', true, 'test', now(),
                    now(), 'dead-silo', now() + interval '3 seconds')
            """);
        using (var http = new HttpClient())
        {
            var body = $"{{\"messageId\":\"{id}\"}}";
            using var request = new HttpRequestMessage(HttpMethod.Post, _receiver.Url) { Content = new StringContent(body) };
            request.Headers.Add("Idempotency-Key", id);
            request.Headers.Add("X-CG-Signature", Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(_receiver.Key, System.Text.Encoding.UTF8.GetBytes(body))));
            Assert.True((await http.SendAsync(request)).IsSuccessStatusCode);
        }

        await SettledAsync(id, "SENT");
        Assert.True(_receiver.Posts.Count(p => p == id) >= 2);   // the dead silo's post and the live one's
        Assert.Single(_receiver.Taken.Keys, k => k == id);
    }

    [Fact]
    public async Task Nothing_leaves_outside_the_contact_windows_and_a_payment_or_an_opt_out_cancels_what_waits()
    {
        var first = NewId();
        _receiver.FailFirst(first, 100);   // refused until cancelled
        await _api.DataAsync(Send, new { i = new { messageId = first, householdId = Household(1, "2-201"), channel = "APP_PUSH", text = "贵司物业费尚欠，请及时缴纳。" } });
        await Eventually.TrueAsync(() => Task.FromResult(_receiver.Posts.Contains(first)), TimeSpan.FromSeconds(10), "the first attempt reached the gateway");
        var owed = decimal.Parse((await _api.DataAsync("query($h: ID!) { household(id: $h) { arrears { total } } }", new { h = Household(1, "2-201") }))["household"]!["arrears"]!["total"]!.GetValue<string>(),
            System.Globalization.CultureInfo.InvariantCulture);
        await _api.DataAsync("mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { payment { amount } } }", new
        {
            i = new { paymentId = NewId(), householdId = Household(1, "2-201"), amount = owed.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), channel = "BANK_TRANSFER", paidAt = DateTimeOffset.UtcNow.ToString("O") },
        });
        var cancelled = await SettledAsync(first, "CANCELLED");
        Assert.Contains("paid", cancelled["note"]!.GetValue<string>());
        Assert.DoesNotContain(first, _receiver.Taken.Keys);

        await SetWindowsAsync(open: false);
        await Task.Delay(TimeSpan.FromSeconds(6));   // a sender reads a project's windows again after 5 s
        var quiet = NewId();
        await _api.DataAsync(Send, new { i = new { messageId = quiet, householdId = Household(0, "1-101"), channel = "WE_CHAT", text = "张先生您好，您的物业费尚欠。" } });
        var waiting = await SettledAsync(quiet, "QUEUED", note: "window");
        Assert.Equal(0, waiting["attempts"]!.GetValue<int>());
        Assert.DoesNotContain(quiet, _receiver.Posts);

        await _api.DataAsync("mutation($i: SetMessageOptOutInput!) { setMessageOptOut(input: $i) { optedOut } }", new { i = new { householdId = Household(0, "1-101"), channel = "WE_CHAT", optedOut = true } });
        var (_, refused) = await _api.PostAsync(Send, new { i = new { messageId = NewId(), householdId = Household(0, "1-101"), channel = "WE_CHAT", text = "再次提醒" } });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(refused));
    }

    [Fact]
    public async Task The_gateways_signed_receipts_mark_messages_delivered_or_failed_and_a_forged_or_late_one_changes_nothing()
    {
        _receiver.ReceiptsTo = new Uri(_api.BaseUri, CollectionGrains.Outreach.MessageReceipt.Path);
        var (arrives, lost) = (NewId(), NewId());
        _receiver.CannotDeliver(lost, "空号");
        await _api.DataAsync(Send, new { i = new { messageId = arrives, householdId = Household(0, "1-101"), channel = "SMS", text = "张先生您好，您的物业费尚欠。" } });
        await _api.DataAsync(Send, new { i = new { messageId = lost, householdId = Household(2, "3-301"), channel = "SMS", text = "李女士您好，您的物业费尚欠。" } });

        var delivered = await SettledAsync(arrives, "DELIVERED");
        Assert.True(DateTimeOffset.Parse(delivered["deliveredAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Contains("空号", (await SettledAsync(lost, "FAILED"))["note"]!.GetValue<string>());

        // A receipt signed with another key, one for a message that does not exist: refused. A late failure after the
        // delivery: answered (the gateway may stop resending) and ignored.
        Assert.Equal(400, await _receiver.PostReceiptAsync(lost, delivered: true, key: System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        Assert.Equal(400, await _receiver.PostReceiptAsync(NewId(), delivered: true));
        Assert.Equal(200, await _receiver.PostReceiptAsync(arrives, delivered: false, "超时"));
        await SettledAsync(arrives, "DELIVERED");
        await SettledAsync(lost, "FAILED");
        Assert.Equal((1, 1), (_receiver.Posts.Count(p => p == arrives), _receiver.Posts.Count(p => p == lost)));
    }

    [Fact]
    public async Task Automatic_reminders_send_the_days_promise_reminder_and_pay_link_once_and_record_them_as_contacts()
    {
        var (promised, away) = (Household(0, "1-101"), Household(2, "3-301"));
        var today = Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        await _api.DataAsync("mutation($i: SaveScriptInput!) { saveScript(input: $i) { __typename } }", new
        {
            i = new { groupId = _tree.Group, scriptId = "sms-a-" + NewId(), title = "A类承诺前一天提醒", method = "SMS", contactClass = "A_PROMISED",
                body = "【{{ project }}】{{ owner }}您好，您承诺明天缴纳的物业费{{ amount }}元，可点击 {{ payLink }} 在线缴纳。" },
        });
        // Yesterday: 张伟 promised to pay tomorrow; 李娜 is away. Today the plan asks for an SMS reminder and a pay link.
        const string Record = "mutation($i: RecordContactInput!) { recordContact(input: $i) { __typename } }";
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1).ToString("O");
        await _api.DataAsync(Record, new { i = new { contactId = NewId(), householdId = promised, method = "PHONE", outcome = "A_PROMISED",
            promisedDate = today.AddDays(1).ToString("yyyy-MM-dd"), promisedAmount = "500.00", at = yesterday } });
        await _api.DataAsync(Record, new { i = new { contactId = NewId(), householdId = away, method = "PHONE", outcome = "D_AWAY", at = yesterday } });

        const string Switch = "mutation($i: SetAutomaticRemindersInput!) { setAutomaticReminders(input: $i) { decidedNow reminders { promiseReminders remotePaymentLinks } } }";
        var on = new { i = new { projectId = _tree.Project, promiseReminders = true, remotePaymentLinks = true } };
        Assert.Equal(2, (await _api.DataAsync(Switch, on))["setAutomaticReminders"]!["decidedNow"]!.GetValue<int>());

        var all = (await _api.DataAsync("query($p: ID!) { messages(nodeId: $p, first: 100) { messages { id decidedBy reminder channel household { id } } } }", new { p = _tree.Project }))
            ["messages"]!["messages"]!.AsArray().Where(m => m!["decidedBy"]!.GetValue<string>() == "system").ToList();
        var sms = Assert.Single(all, m => m!["household"]!["id"]!.GetValue<string>() == promised)!;
        var link = Assert.Single(all, m => m!["household"]!["id"]!.GetValue<string>() == away)!;
        Assert.Equal(("SMS", true), (sms["channel"]!.GetValue<string>(), sms["reminder"]!.GetValue<bool>()));
        Assert.Equal("WE_CHAT", link["channel"]!.GetValue<string>());
        await SettledAsync(sms["id"]!.GetValue<string>(), "SENT");
        await SettledAsync(link["id"]!.GetValue<string>(), "SENT");
        Assert.Contains("张伟您好，您承诺明天缴纳的物业费", _receiver.Taken[sms["id"]!.GetValue<string>()]);
        Assert.Contains("/pay/", _receiver.Taken[sms["id"]!.GetValue<string>()]);
        Assert.Contains("/pay/", _receiver.Taken[link["id"]!.GetValue<string>()]);

        // Each went out as a contact of its case, which keeps its class and its promise.
        var @case = (await _api.DataAsync("query($h: ID!) { household(id: $h) { collection { contactClass promise { state } contacts(first: 20) { id method } } } }", new { h = promised }))
            ["household"]!["collection"]!;
        Assert.Equal(("A_PROMISED", "OPEN"), (@case["contactClass"]!.GetValue<string>(), @case["promise"]!["state"]!.GetValue<string>()));
        Assert.Contains(@case["contacts"]!.AsArray(), c => c!["id"]!.GetValue<string>() == sms["id"]!.GetValue<string>() && c["method"]!.GetValue<string>() == "SMS");
        // Switched on again the same day: nothing is decided twice.
        Assert.Equal(0, (await _api.DataAsync(Switch, on))["setAutomaticReminders"]!["decidedNow"]!.GetValue<int>());
    }

    private async Task<JsonNode> SettledAsync(string id, string status, string? note = null)
    {
        JsonNode? found = null;
        await Eventually.TrueAsync(async () =>
        {
            found = (await _api.DataAsync(Outbox, new { p = _tree.Project }))["messages"]!["messages"]!.AsArray().FirstOrDefault(m => m!["id"]!.GetValue<string>() == id);
            return found?["status"]?.GetValue<string>() == status && (note is null || found["note"]?.GetValue<string>()?.Contains(note) == true);
        }, TimeSpan.FromSeconds(30), $"message {id} is {status} (it is {found?.ToJsonString()})");
        return found!;
    }

    /// <summary>Windows all day, or one half-hour twelve hours from now (China time), every day.</summary>
    private async Task SetWindowsAsync(bool open)
    {
        var start = Kernel.BusinessCalendar.TimeOf(DateTimeOffset.UtcNow).AddHours(12);
        var window = open ? new { start = "00:00", end = "23:59" } : new { start = $"{start.Hour:00}:00", end = $"{start.Hour:00}:30" };
        await _api.DataAsync("mutation($i: SetCollectionPolicyInput!) { setCollectionPolicy(input: $i) { __typename } }", new
        {
            i = new { projectId = _tree.Project, weekdayWindows = new[] { window }, weekendWindows = new[] { window } },
        });
    }

    private string Household(int building, string room) => $"{_tree.Buildings[building]}/{room}";

    private static string NewId() => "m-" + Guid.NewGuid().ToString("N")[..12];
}
