using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Foundation;

/// <summary>
/// The silo program itself, as deploy/run.sh starts it: healthy over HTTP, logging JSON lines with their trace when asked
/// (CG_LOG_FORMAT=json), and gone gracefully on SIGTERM.
/// </summary>
public sealed partial class SiloProcessTests
{
    private const int SigTerm = 15;
    private const int Dead = 6;

    [Fact]
    public async Task The_silo_reports_healthy_and_leaves_the_cluster_gracefully_on_sigterm()
    {
        var clusterId = TestSilo.NewClusterId("process");
        var httpUrl = $"http://127.0.0.1:{FreePorts.Next()}";
        var environment = new Dictionary<string, string>
        {
            ["CG_CLUSTER_ID"] = clusterId,
            ["CG_SERVICE_ID"] = clusterId,
            ["CG_SILO_PORT"] = FreePorts.Next().ToString(),
            ["CG_GATEWAY_PORT"] = FreePorts.Next().ToString(),
            ["CG_HTTP_URL"] = httpUrl,
            ["CG_LOG_FORMAT"] = "json",
            // Traced, as with a collector: nothing listens on this port, and the exporter drops what it cannot send.
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{FreePorts.Next()}",
        };
        using var silo = Process.Start(ProcessRunner.StartInfo("dotnet", [SiloAssembly()], environment))!;
        var output = silo.StandardOutput.ReadToEndAsync();
        var errors = silo.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            JsonElement health = default;
            await Eventually.TrueAsync(async () =>
            {
                try
                {
                    using var response = await http.GetAsync($"{httpUrl}/health");
                    health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException) when (!silo.HasExited)
                {
                    return false;
                }
                catch (HttpRequestException)
                {
                    Assert.Fail($"the silo exited with {silo.ExitCode} before answering:\n{await errors}\n{await output}");
                    return false;
                }
            }, TimeSpan.FromSeconds(90), "/health answers 200");
            Assert.Equal("healthy", health.GetProperty("status").GetString());
            Assert.True(health.GetProperty("postgres").GetProperty("ok").GetBoolean());
            Assert.Contains("1 active silo", health.GetProperty("cluster").GetProperty("detail").GetString());
            // A forged payment notification is refused and logged, inside its request's trace.
            using (var forged = await http.PostAsync($"{httpUrl}/payments/notify", new StringContent("{\"out_trade_no\":\"x\"}")))
            {
                Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            }

            Assert.Equal(0, Kill(silo.Id, SigTerm));
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(45));
            await silo.WaitForExitAsync(exit.Token);
            Assert.Equal(0, silo.ExitCode);
            Assert.Equal(Dead, await TestPostgres.ScalarAsync<int>(
                "SELECT status FROM orleans_cluster_member WHERE deployment_id = @cluster", ("cluster", clusterId)));
            var logLines = (await output).Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            var refused = Assert.Single(logLines, l => l.GetProperty("Message").GetString()!.StartsWith("payment notification refused", StringComparison.Ordinal));
            Assert.Equal("Warning", refused.GetProperty("LogLevel").GetString());
            Assert.Contains(refused.GetProperty("Scopes").EnumerateArray(), scope => scope.TryGetProperty("TraceId", out var trace) && trace.GetString()!.Length == 32);
        }
        finally
        {
            if (!silo.HasExited)
            {
                silo.Kill(entireProcessTree: true);
            }
            await Task.WhenAll(output, errors);
        }
    }

    [Fact]
    public async Task A_production_silo_refuses_to_start_with_the_demo_and_its_known_passwords()
    {
        var environment = new Dictionary<string, string>
        {
            ["CG_ENVIRONMENT"] = "production",
            ["CG_DEMO_HOUSEHOLDS"] = "100",
            ["CG_CLUSTER_ID"] = TestSilo.NewClusterId("prod"),
            ["CG_SILO_PORT"] = FreePorts.Next().ToString(),
            ["CG_GATEWAY_PORT"] = FreePorts.Next().ToString(),
            ["CG_HTTP_URL"] = $"http://127.0.0.1:{FreePorts.Next()}",
        };
        using var silo = Process.Start(ProcessRunner.StartInfo("dotnet", [SiloAssembly()], environment))!;
        var output = silo.StandardOutput.ReadToEndAsync();
        var errors = silo.StandardError.ReadToEndAsync();
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await silo.WaitForExitAsync(exit.Token);

        Assert.NotEqual(0, silo.ExitCode);
        Assert.Contains("CG_ENVIRONMENT=production", await output + await errors);
    }

    private static string SiloAssembly()
    {
        // The test project references the silo project (build order only): same configuration, its own bin.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = RepositoryPaths.Combine("silo", "bin", configuration, "net10.0", "CollectionGrains.Silo.dll");
        Assert.True(File.Exists(path), $"{path} is missing: build the solution first (tests/run.sh does).");
        return path;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
