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
    private const string Outbox = "query($p: ID!) { messages(nodeId: $p) { messages { id status attempts note } } }";
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
