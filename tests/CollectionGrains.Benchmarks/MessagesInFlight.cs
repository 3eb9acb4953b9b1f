using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 20 in the fault run: messages decided through the API just before a silo is killed, the kill timed for when
/// that silo holds some of them in flight (posted to the gateway, its answer not yet back). Afterwards every message
/// must be sent, taken by the gateway once, and those the dead silo held posted again under the same idempotency key.
/// </summary>
internal sealed class MessagesInFlight(NpgsqlDataSource database, string runId) : IDisposable
{
    private const int Batch = 40;
    private const int Batches = 3;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<string> _ids = [];
    private string _token = "";

    public LoopbackGateway Gateway { get; } = new(5290, hold: TimeSpan.FromSeconds(3));

    /// <summary>
    /// Decides batches of messages (app push, not reminders) in the first demo project, its contact windows opened all
    /// day, until the silo on <paramref name="siloPort"/> holds some in flight: every silo's sender claims what is due,
    /// so one batch can be taken entirely by the others. Returns how many that silo holds (0 after three batches).
    /// </summary>
    public async Task<int> DecideUntilHeldAsync(string token, IReadOnlyList<string> urls, int siloPort)
    {
        _token = token;
        string project;
        await using (var command = database.CreateCommand("SELECT min(project_id) FROM billing.household WHERE household_id LIKE 'demo-%'"))
        {
            project = (string)(await command.ExecuteScalarAsync())!;
        }
        var allDay = new[] { new { start = "00:00", end = "23:59" } };
        await GraphQLAsync(urls[0], "mutation($i: SetCollectionPolicyInput!) { setCollectionPolicy(input: $i) { __typename } }",
            new { i = new { projectId = project, weekdayWindows = allDay, weekendWindows = allDay } });
        var households = (await GraphQLAsync(urls[0], "query($p: ID!, $n: Int!) { arrears(nodeId: $p, first: $n) { edges { node { id } } } }", new { p = project, n = Batch * Batches }))
            ["arrears"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();
        for (var batch = 0; batch < Batches; batch++)
        {
            foreach (var household in households.Skip(batch * Batch).Take(Batch))
            {
                var id = $"{runId}-msg-{_ids.Count}";
                await GraphQLAsync(urls[_ids.Count % urls.Count], "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }",
                    new { i = new { messageId = id, householdId = household, channel = "APP_PUSH", text = "您好，您的物业费尚欠，请及时缴纳。", reminder = false } });
                _ids.Add(id);
            }
            Console.WriteLine($"messages: {_ids.Count} decided for project {project}");
            if (await HeldBySiloAsync(siloPort) is var held and > 0)
            {
                return held;
            }
        }
        return 0;
    }

    /// <summary>Waits (up to 10 s) until the silo on <paramref name="siloPort"/> has messages posted and unanswered; their count.</summary>
    private async Task<int> HeldBySiloAsync(int siloPort)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < until)
        {
            var held = await LeasedAsync(siloPort);
            if (held.Count(Gateway.Taken.ContainsKey) is var inFlight and > 0)
            {
                return inFlight;
            }
            await Task.Delay(50);
        }
        return 0;
    }

    /// <summary>After the fault: every message sent (within 2 minutes: the dead silo's leases run out first), taken once.</summary>
    public async Task<int> CheckAsync(int heldAtKill)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        long sent;
        while ((sent = await CountAsync("status = 'Sent'")) < _ids.Count && DateTime.UtcNow < until)
        {
            await Task.Delay(500);
        }
        var postedAgain = _ids.Count(id => Gateway.Posts.GetValueOrDefault(id) > 1);
        var taken = _ids.Count(Gateway.Taken.ContainsKey);
        var ok = sent == _ids.Count && taken == _ids.Count && heldAtKill > 0 && postedAgain >= heldAtKill;
        Console.WriteLine($"{(ok ? "ok  " : "FAIL")} messages: {_ids.Count} decided, {sent} sent, {taken} taken by the gateway once each; " +
            $"{heldAtKill} in flight on the killed silo, {postedAgain} posted again under the same key");
        return ok ? 0 : 1;
    }

    private async Task<List<string>> LeasedAsync(int siloPort)
    {
        await using var command = database.CreateCommand("SELECT message_id FROM outreach.message WHERE message_id = ANY($1) AND lease_owner LIKE $2");
        command.Parameters.AddWithValue(_ids.ToArray());
        command.Parameters.AddWithValue($"%:{siloPort}@%");
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private async Task<long> CountAsync(string condition)
    {
        await using var command = database.CreateCommand($"SELECT count(*) FROM outreach.message WHERE message_id = ANY($1) AND {condition}");
        command.Parameters.AddWithValue(_ids.ToArray());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<JsonNode> GraphQLAsync(string url, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url + "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await _http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"] is JsonObject data && body["errors"] is null ? data : throw new InvalidOperationException($"{query}: {body.ToJsonString()}");
    }

    public void Dispose()
    {
        Gateway.Dispose();
        _http.Dispose();
    }
}
