using System.Text.RegularExpressions;
using CollectionGrains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CollectionGrains.Tests.Cluster;

/// <summary>
/// The short form of the fault run (issue 7) through the project's own command: two silo processes on one PostgreSQL,
/// payments through GraphQL with duplicates and concurrent pairs, one silo SIGKILLed and started again, PostgreSQL
/// stopped for 20 s; after each fault every payment acknowledged so far is in the ledgers and the tables once and
/// reconciliation of the group finds nothing; the messages the killed silo was sending are sent, and taken once.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class FaultRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_killed_silo_and_a_restarted_PostgreSQL_lose_no_acknowledged_payment_and_the_totals_stay_exact()
    {
        var run = await ProcessRunner.RunAsync("bash", [Path.Combine(RepositoryPaths.Root, "tests", "bench.sh"), "faults", "2", "2000", "40", "0"],
            TimeSpan.FromMinutes(12));
        output.WriteLine(run.Output);
        output.WriteLine(run.Error);

        Assert.Contains("SIGKILL of silo 1: full service again", run.Output);
        Assert.Contains("PostgreSQL stopped for 20 s and started again: full service again", run.Output);
        // The checks run after each fault: two faults, two rounds of checks.
        Assert.Contains("checks after a silo killed and started again", run.Output);
        Assert.Contains("checks after PostgreSQL restarted", run.Output);
        Assert.Equal(2, Regex.Matches(run.Output, "ok   ledgers:").Count);
        Assert.Equal(2, Regex.Matches(run.Output, "ok   billing.payment:").Count);
        Assert.Equal(2, Regex.Matches(run.Output, "ok   reconciliation of the group:").Count);
        // Messages the killed silo held in flight were sent again under their keys and taken once (issue 20).
        Assert.Matches(@"ok   messages: (\d+) decided, \1 sent, \1 taken by the gateway once each; [1-9]\d* in flight on the killed silo", run.Output);
        Assert.DoesNotContain("FAIL", run.Output);
        Assert.Matches(@"acknowledged [1-9][\d,]* payments", run.Output);
        Assert.Matches(@"bursts of one household paid through every silo at once [1-9][\d,]*", run.Output);
        Assert.Equal(0, run.ExitCode);
    }
}
