using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// GraphQL over HTTP against a running system (deploy/run.sh with its demo group): queries per second and latency for
/// the group's totals, a project's totals, and a page of 50 of the arrears list of a project and of the whole group.
/// </summary>
internal static class GraphQLBenchmark
{
    public static async Task RunAsync(string url, int concurrency, int seconds)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(url) };
        await DemoLogin.SignInAsync(http);
        var roots = await DataAsync(http, "{ orgRoots { id totals { households } children(first: 1) { edges { node { children(first: 1) { edges { node { children(first: 1) { edges { node { id name } } } } } } } } } } }");
        var group = roots["orgRoots"]![0]!;
        var project = group["children"]!["edges"]![0]!["node"]!["children"]!["edges"]![0]!["node"]!["children"]!["edges"]![0]!["node"]!;
        var (groupId, projectId) = (group["id"]!.GetValue<string>(), project["id"]!.GetValue<string>());
        Console.WriteLine($"GraphQL at {url}; group {groupId} with {group["totals"]!["households"]} households; project {projectId}; {concurrency} concurrent clients, {seconds} s per query");

        const string totals = "query($id: ID!) { orgNode(id: $id) { totals { households householdsInArrears receivable collected collectionRate recoveryRate arrearsPrincipal lateFees prepaid } } }";
        const string arrears = "query($id: ID!) { arrears(nodeId: $id, first: 50) { totalCount edges { node { id room owner { name phones } } } } }";
        Report("orgNode(group){totals}", await LoadAsync(http, totals, groupId, concurrency, seconds));
        Report("orgNode(project){totals}", await LoadAsync(http, totals, projectId, concurrency, seconds));
        Report("arrears(project, first: 50)", await LoadAsync(http, arrears, projectId, concurrency, seconds));
        Report("arrears(group, first: 50)", await LoadAsync(http, arrears, groupId, concurrency, seconds));
    }

    private static void Report(string what, Measure.Result result) => Console.WriteLine($"{what}: {result}");

    private static async Task<Measure.Result> LoadAsync(HttpClient http, string query, string id, int concurrency, int seconds)
    {
        var latencies = new List<double>[concurrency];
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            latencies[worker] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                await DataAsync(http, query, new { id });
                latencies[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        watch.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Measure.Result(all.Length, watch.Elapsed, all[all.Length / 2], all[(int)(all.Length * 0.99)]);
    }

    private static async Task<JsonNode> DataAsync(HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["errors"] is null && body["data"] is { } data
            ? data
            : throw new InvalidOperationException($"GraphQL error: {body.ToJsonString()}");
    }
}
