using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.WebApp;

/// <summary>
/// The real silo process (the build's CollectionGrains.Silo.dll) on a database of its own, with a small demo group
/// (1,600 households: two projects with collectors, six months of history) and its demo users, for the pages to be
/// used as their people use them.
/// </summary>
public sealed class DemoSiloFixture : IAsyncLifetime
{
    public const string Password = "cg-demo-2026";
    private readonly ConcurrentQueue<string> _lines = new();
    private ScratchDatabase? _database;
    private Process? _silo;

    public string BaseUrl { get; } = $"http://127.0.0.1:{FreePorts.Next()}";

    public string Screenshots { get; } = RepositoryPaths.Combine(".artifacts", "screenshots");

    public string Log => string.Join('\n', _lines);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Screenshots);
        _database = await ScratchDatabase.CreateAsync();
        var migrate = await ProcessRunner.RunAsync("bash", [RepositoryPaths.Combine("deploy", "postgres", "migrate.sh"), _database.Name], TimeSpan.FromMinutes(2));
        Assert.True(migrate.ExitCode == 0, migrate.Output + migrate.Error);
        var cluster = TestSilo.NewClusterId("web");
        _silo = new Process
        {
            StartInfo = ProcessRunner.StartInfo("dotnet", [SiloAssembly()], new Dictionary<string, string>
            {
                ["CG_PG_DB"] = _database.Name, ["CG_CLUSTER_ID"] = cluster, ["CG_SERVICE_ID"] = cluster, ["CG_HTTP_URL"] = BaseUrl,
                ["CG_SILO_PORT"] = FreePorts.Next().ToString(), ["CG_GATEWAY_PORT"] = FreePorts.Next().ToString(),
                ["CG_DEMO_HOUSEHOLDS"] = "1600", ["CG_DEMO_MONTHS"] = "6", ["CG_DEMO_COLLECTION_PROJECTS"] = "2", ["CG_DEMO_PASSWORD"] = Password,
                ["CG_DASHBOARD"] = "off", ["CG_DEMO_TIME"] = "10:45",   // the collector's day has actions left, whenever the tests run
            }),
        };
        _silo.OutputDataReceived += (_, e) => { if (e.Data is { } line) { _lines.Enqueue(line); } };
        _silo.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { _lines.Enqueue(line); } };
        _silo.Start();
        _silo.BeginOutputReadLine();
        _silo.BeginErrorReadLine();
        await Eventually.TrueAsync(() =>
        {
            Assert.False(_silo.HasExited, $"the silo exited:\n{Log}");
            return Task.FromResult(_lines.Any(l => l.Contains("Demo collection loaded", StringComparison.Ordinal)));
        }, TimeSpan.FromMinutes(5), "the demo group is loaded");
    }

    public async Task DisposeAsync()
    {
        if (_silo is { HasExited: false })
        {
            _silo.Kill(entireProcessTree: true);
            await _silo.WaitForExitAsync();
        }
        _silo?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public async Task<string> TokenAsync(string username)
    {
        var data = await DataAsync("mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }", new { u = username, p = Password });
        return data["login"]!["token"]!.GetValue<string>();
    }

    public async Task<JsonNode> DataAsync(string query, object variables, string? token = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    /// <summary>Runs one of graphql/web/browser's page scripts; its last line is its JSON report.</summary>
    public async Task<JsonNode> BrowseAsync(string script, params string[] arguments)
    {
        var run = await ProcessRunner.RunAsync("node", [RepositoryPaths.Combine("graphql", "web", "browser", script), BaseUrl, Screenshots, .. arguments], TimeSpan.FromMinutes(4));
        var report = JsonNode.Parse(run.Output.Trim().Split('\n')[^1])!;
        // Beside the screenshots: what the page showed and measured (the README's web figures come from here).
        await File.WriteAllTextAsync(Path.Combine(Screenshots, Path.ChangeExtension(script, ".json")), report.ToJsonString());
        Assert.True(run.ExitCode == 0, $"{report["error"]}\n{run.Error}");
        return report;
    }

    private static string SiloAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = RepositoryPaths.Combine("silo", "bin", configuration, "net10.0", "CollectionGrains.Silo.dll");
        Assert.True(File.Exists(path), $"{path} is missing: build the solution first (tests/run.sh does).");
        return path;
    }
}
