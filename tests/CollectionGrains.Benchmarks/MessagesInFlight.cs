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
    private const int Count = 40;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<string> _ids = [];
    private string _token = "";

    public LoopbackGateway Gateway { get; } = new(5290, hold: TimeSpan.FromSeconds(3));

    /// <summary>Opens the first demo project's contact windows all day and decides the messages (app push, not reminders).</summary>
    public async Task DecideAsync(string token, IReadOnlyList<string> urls)
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
        var households = (await GraphQLAsync(urls[0], "query($p: ID!, $n: Int!) { arrears(nodeId: $p, first: $n) { edges { node { id } } } }", new { p = project, n = Count }))
            ["arrears"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();
        for (var i = 0; i < households.Count; i++)
        {
            var id = $"{runId}-msg-{i}";
            await GraphQLAsync(urls[i % urls.Count], "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }",
                new { i = new { messageId = id, householdId = households[i], channel = "APP_PUSH", text = "您好，您的物业费尚欠，请及时缴纳。", reminder = false } });
            _ids.Add(id);
        }
        Console.WriteLine($"messages: {_ids.Count} decided for project {project}");
    }

    /// <summary>Waits (up to 20 s) until the silo on <paramref name="siloPort"/> has messages posted and unanswered; their count.</summary>
    public async Task<int> HeldBySiloAsync(int siloPort)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
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
