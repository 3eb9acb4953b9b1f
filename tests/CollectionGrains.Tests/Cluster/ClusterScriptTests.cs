using System.Net.Http.Json;
using CollectionGrains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CollectionGrains.Tests.Cluster;

/// <summary>
/// deploy/cluster.sh as an operator uses it: two silos of one cluster on loopback, each serving GraphQL and reporting
/// both members healthy; one killed, the rest stopped gracefully. Ports are shifted so a running system is not touched.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class ClusterScriptTests(ITestOutputHelper output)
{
    private const int PortBase = 700;

    [Fact]
    public async Task Two_silos_started_by_the_script_form_one_cluster_and_both_serve_GraphQL()
    {
        var environment = new Dictionary<string, string>
        {
            ["CG_CLUSTER_PORT_BASE"] = PortBase.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CG_CLUSTER_ID"] = $"cluster-script-{Guid.NewGuid():N}"[..30],
            ["CG_CLUSTER_DIR"] = Directory.CreateTempSubdirectory("cg-cluster-").FullName,
            ["CG_DEMO_HOUSEHOLDS"] = "0",
        };
        try
        {
            var start = await ClusterAsync(environment, "start", "2");
            Assert.Equal(0, start.ExitCode);
            Assert.Contains("silo 1: healthy", start.Output);

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            foreach (var silo in new[] { 0, 1 })
            {
                var url = $"http://127.0.0.1:{5080 + PortBase + silo}";
                await Eventually.TrueAsync(async () => (await http.GetStringAsync($"{url}/health")).Contains("2 active silo(s)"),
                    TimeSpan.FromSeconds(60), $"silo {silo} sees both members active");
                // A sign-in reaches the user grains and PostgreSQL through whichever silo takes it.
                using var response = await http.PostAsJsonAsync($"{url}/graphql",
                    new { query = "mutation { login(input: {username: \"nobody-here\", password: \"wrong-password\"}) { token } }" });
                var body = await response.Content.ReadAsStringAsync();
                Assert.Contains("\"code\":\"UNAUTHENTICATED\"", body);
                Assert.DoesNotContain("\"token\"", body);
            }

            Assert.Contains("silo 1: killed", (await ClusterAsync(environment, "kill", "1")).Output);
            var status = await ClusterAsync(environment, "status");
            Assert.Contains("silo 0: running", status.Output);
            Assert.DoesNotContain("silo 1: running", status.Output);
        }
        finally
        {
            Assert.Contains("cluster: stopped", (await ClusterAsync(environment, "stop")).Output);
        }
    }

    private async Task<ProcessRunner.Result> ClusterAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var run = await ProcessRunner.RunAsync("bash", [Path.Combine(RepositoryPaths.Root, "deploy", "cluster.sh"), .. arguments],
            TimeSpan.FromMinutes(5), environment);
        output.WriteLine(run.Output);
        output.WriteLine(run.Error);
        return run;
    }
}
