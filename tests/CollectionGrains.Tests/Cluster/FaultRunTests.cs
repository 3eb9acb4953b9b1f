using System.Text.RegularExpressions;
using CollectionGrains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CollectionGrains.Tests.Cluster;

/// <summary>
/// The short form of the fault run (issue 7) through the project's own command: three silo processes on one PostgreSQL,
/// payments through GraphQL with duplicates and concurrent pairs, one silo SIGKILLed and started again, PostgreSQL
/// stopped for 20 s, a silo added and one leaving gracefully; after each fault every payment acknowledged so far is in
/// the ledgers and the tables once and reconciliation of the group finds nothing; the messages the killed silo was
/// sending are sent, and taken once; while a silo leaves, no request to the others fails (issue 26).
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class FaultRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_killed_silo_a_restarted_PostgreSQL_and_a_silo_leaving_lose_no_acknowledged_payment_and_the_totals_stay_exact()
    {
        var run = await ProcessRunner.RunAsync("bash", [Path.Combine(RepositoryPaths.Root, "tests", "bench.sh"), "faults", "3", "2000", "40", "1"],
            TimeSpan.FromMinutes(15));
        TestPostgres.ForgetPooledConnections();   // the run restarted PostgreSQL
        output.WriteLine(run.Output);
        output.WriteLine(run.Error);

        Assert.Contains("SIGKILL of silo 2: full service again", run.Output);
        Assert.Contains("PostgreSQL stopped for 20 s and started again: full service again", run.Output);
        Assert.Contains("silo 0: left gracefully", run.Output);
        // The checks run after each fault: three faults, three rounds of checks.
        Assert.Contains("checks after a silo killed and started again", run.Output);
        Assert.Contains("checks after PostgreSQL restarted", run.Output);
        Assert.Contains("checks after a silo added and one removed", run.Output);
        Assert.Equal(3, Regex.Matches(run.Output, "ok   ledgers:").Count);
        Assert.Equal(3, Regex.Matches(run.Output, "ok   billing.payment:").Count);
        Assert.Equal(3, Regex.Matches(run.Output, "ok   reconciliation of the group:").Count);
        Assert.Contains("ok   a silo leaving gracefully: 0 failed requests", run.Output);
        // Messages the killed silo held in flight were sent again under their keys and taken once (issue 20).
        Assert.Matches(@"ok   messages: (\d+) decided, \1 sent, \1 taken by the gateway once each; [1-9]\d* in flight on the killed silo", run.Output);
        Assert.DoesNotContain("FAIL", run.Output);
        Assert.Matches(@"acknowledged [1-9][\d,]* payments", run.Output);
        Assert.Matches(@"bursts of one household paid through every silo at once [1-9][\d,]*", run.Output);
        Assert.Equal(0, run.ExitCode);
    }
}
