using System.Diagnostics;
using System.Globalization;
using CollectionGrains.Billing;
using CollectionGrains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 7: N silo processes on one PostgreSQL under a steady payment load through GraphQL, and meanwhile a silo killed
/// with SIGKILL and started again, PostgreSQL stopped for 20 s, (long form) a silo added and one removed gracefully.
/// After each fault the load stops and the checks run: every payment acknowledged so far is in its household's ledger
/// and in billing.payment exactly once, and reconciliation of the whole group finds nothing. The silo is killed while it
/// holds messages in flight to a loopback gateway: each must still be sent and taken once (<see cref="MessagesInFlight"/>).
/// Returns the number of failed checks.
/// </summary>
internal static class FaultRun
{
    public static async Task<int> RunAsync(int silos, int households, int paymentsPerSecond, bool addAndRemove)
    {
        var postgres = PostgresSettings.FromEnvironment();
        var settings = ClusterSettings.FromEnvironment();
        File.Delete(LocalCluster.Log); // the silos append to it: each run's log starts empty
        var messageKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var database = NpgsqlDataSource.Create(postgres.ConnectionString());
        var runId = $"fault{DateTime.UtcNow:MMddHHmmss}";
        using var messages = new MessagesInFlight(database, runId);
        await using var cluster = new LocalCluster(households, new Dictionary<string, string>
        {
            ["CG_MESSAGE_WEBHOOK_URL"] = messages.Gateway.Url, ["CG_MESSAGE_WEBHOOK_KEY"] = messageKey,
        });
        var running = cluster.Running;
        Console.WriteLine($"fault run: {silos} silos of cluster {settings.ClusterId} on {postgres.Database}, demo group of {households:N0} households, {paymentsPerSecond} payments/s (silo logs: {LocalCluster.Log})");
        for (var i = 0; i < silos; i++)
        {
            await cluster.StartAsync(i);
        }
        var (token, payers) = await DemoAsync(database, households);
        using (var before = await ScaleBenchmark.ClientAsync(settings, postgres))
        {
            await FaultChecks.RepairLeftoversAsync(before.Services.GetRequiredService<IGrainFactory>());
        }
        var load = new PaymentLoad(payers, paymentsPerSecond, runId, token);
        load.SendTo(cluster.Urls);
        var failures = 0;

        // Each fault under load; then the load stops and everything acknowledged so far is checked.
        var heldAtKill = 0;
        failures += await FaultUnderLoadAsync("a silo killed and started again", async () =>
        {
            var victim = running.Keys.Max();
            heldAtKill = await messages.DecideUntilHeldAsync(token, [.. cluster.Urls], LocalCluster.SiloPort(victim));
            var fault = DateTime.UtcNow;
            running[victim].Kill();
            await running[victim].DisposeAsync();
            running.Remove(victim);
            load.SendTo(cluster.Urls);
            await RecoveredAsync(load, fault, $"SIGKILL of silo {victim}");
            fault = DateTime.UtcNow;
            await cluster.StartAsync(victim);
            load.SendTo(cluster.Urls);
            await RecoveredAsync(load, fault, $"silo {victim} started again");
        });
        failures += await messages.CheckAsync(heldAtKill);
        failures += await FaultUnderLoadAsync("PostgreSQL restarted", async () =>
        {
            var fault = DateTime.UtcNow;
            await ScriptAsync(LocalCluster.Root, "deploy/postgres/stop.sh");
            await Task.Delay(TimeSpan.FromSeconds(20));
            await ScriptAsync(LocalCluster.Root, "deploy/postgres/setup.sh");
            await RecoveredAsync(load, fault, "PostgreSQL stopped for 20 s and started again");
        });
        var failedBeforeLeave = 0;
        if (addAndRemove)
        {
            failures += await FaultUnderLoadAsync("a silo added and one removed", async () =>
            {
                var added = running.Keys.Max() + 1;
                var fault = DateTime.UtcNow;
                await cluster.StartAsync(added);
                load.SendTo(cluster.Urls);
                await RecoveredAsync(load, fault, $"silo {added} added");
                var leaving = running.Keys.Min();
                fault = DateTime.UtcNow;
                load.SendTo(running.Keys.Where(k => k != leaving).Select(LocalCluster.Url));
                // Requests already on their way to the leaving silo end first (a load balancer drains it alike); what
                // fails from here on failed a client of the silos that stay.
                await Task.Delay(TimeSpan.FromSeconds(2));
                failedBeforeLeave = load.FailedRequests;
                await running[leaving].StopAsync();
                running.Remove(leaving);
                Console.WriteLine($"silo {leaving}: left gracefully in {(DateTime.UtcNow - fault).TotalSeconds:F1} s");
                await RecoveredAsync(load, fault, $"silo {leaving} removed");
            }, () =>
            {
                // Clients of the silos that stay see no error while one leaves (what a load balancer sends them keeps working).
                var failed = load.FailedRequests - failedBeforeLeave;
                Console.WriteLine($"{(failed == 0 ? "ok  " : "FAIL")} a silo leaving gracefully: {failed:N0} failed requests from its stop to the end of the load");
                return failed == 0 ? 0 : 1;
            });
        }
        Console.WriteLine($"load: {load.Summary()}");
        Console.WriteLine($"errors while faults lasted: {load.Errors()}");
        return failures + (load.Violations > 0 ? 1 : 0);

        async Task<int> FaultUnderLoadAsync(string fault, Func<Task> inject, Func<int>? checkLoad = null)
        {
            var injected = DateTime.MaxValue;
            using (var stop = new CancellationTokenSource())
            {
                var loading = load.RunAsync(stop.Token);
                await Task.Delay(TimeSpan.FromSeconds(10));
                injected = DateTime.UtcNow;
                await inject();
                await Task.Delay(TimeSpan.FromSeconds(5));
                await stop.CancelAsync();
                await loading;
            }
            Console.WriteLine($"checks after {fault} ({load.Acknowledged.Count:N0} payments acknowledged so far):");
            Console.WriteLine($"     failed requests of this fault, by error: {FailureSummary(load.Failures.Where(f => f.Answered >= injected), injected)}");
            var loadFailures = checkLoad?.Invoke() ?? 0;
            // Pooled connections may have died with a PostgreSQL restart: this data source's, and those an earlier
            // client left in Npgsql's shared pools (the Orleans client opens its connections by connection string).
            database.Clear();
            NpgsqlConnection.ClearAllPools();
            using var client = await ScaleBenchmark.ClientAsync(settings, postgres);
            return loadFailures + await FaultChecks.RunAsync(client.Services.GetRequiredService<IGrainFactory>(), database, load, runId);
        }
    }

    /// <summary>Each error with how many requests got it, when they were sent and answered, and through which silos.</summary>
    private static string FailureSummary(IEnumerable<FailedRequest> failures, DateTime since)
    {
        var kinds = failures.GroupBy(f => f.Error).Select(g =>
            $"{g.Count():N0}× {g.Key[..Math.Min(g.Key.Length, 60)]} (sent +{(g.Min(f => f.Sent) - since).TotalSeconds:F1}…+{(g.Max(f => f.Sent) - since).TotalSeconds:F1} s, " +
            $"answered after {g.Min(f => (f.Answered - f.Sent).TotalSeconds):F1}…{g.Max(f => (f.Answered - f.Sent).TotalSeconds):F1} s, " +
            $"through {string.Join(", ", g.Select(f => f.Endpoint).Distinct().Order())})").ToList();
        return kinds.Count == 0 ? "none" : string.Join("; ", kinds);
    }

    /// <summary>
    /// Waits until requests succeed again with none failing for 5 s and none sent more than 5 s ago still unanswered (a
    /// request may hang before it fails), and reports how long service was short: until the last request that failed
    /// was sent.
    /// </summary>
    private static async Task RecoveredAsync(PaymentLoad load, DateTime fault, string what)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        var quiet = TimeSpan.FromSeconds(5);
        while (!(DateTime.UtcNow - load.LastFailure > quiet && load.LastSuccess > load.LastFailure && load.LastSuccess > fault
            && !(DateTime.UtcNow - load.OldestUnanswered > quiet)))
        {
            if (DateTime.UtcNow > until)
            {
                Console.WriteLine($"{what}: NOT recovered within 5 minutes");
                return;
            }
            await Task.Delay(250);
        }
        var lastFailed = load.Failures.Where(f => f.Answered >= fault).Select(f => f.Sent).DefaultIfEmpty(fault).Max();
        Console.WriteLine($"{what}: full service again after {(lastFailed > fault ? (lastFailed - fault).TotalSeconds : 0):F1} s (the last failed request was sent then)");
    }

    /// <summary>Waits for the demo group, signs in as its admin and picks 2,000 households to pay, spread over the group.</summary>
    internal static async Task<(string Token, string[] Households)> DemoAsync(NpgsqlDataSource database, int households)
    {
        await ScaleBenchmark.WaitAsync(async () => await ScalarAsync(database, "SELECT count(*) FROM cg_demo_load WHERE group_id = 'demo' AND households = $1", households) > 0, TimeSpan.FromMinutes(30));
        using var http = new HttpClient { BaseAddress = new Uri(LocalCluster.Url(0)) };
        await DemoLogin.SignInAsync(http);
        return (http.DefaultRequestHeaders.Authorization!.Parameter!, await HouseholdsAsync(database));
    }

    private static async Task<string[]> HouseholdsAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("SELECT household_id FROM billing.household WHERE household_id LIKE 'demo-%' ORDER BY hashtext(household_id) LIMIT 2000");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return [.. ids];
    }

    internal static async Task<long> ScalarAsync(NpgsqlDataSource database, string sql, params object[] parameters)
    {
        try
        {
            await using var command = database.CreateCommand(sql);
            foreach (var parameter in parameters)
            {
                command.Parameters.AddWithValue(parameter);
            }
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        catch (NpgsqlException)
        {
            return -1;   // not there yet (the first silo creates the table)
        }
    }

    private static async Task ScriptAsync(string root, string script)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(root, script)]) { RedirectStandardOutput = true })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} exited with {process.ExitCode}");
        }
    }
}
