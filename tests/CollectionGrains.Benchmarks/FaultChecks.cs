using System.Diagnostics;
using CollectionGrains.Billing;
using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// What must hold after a fault run: every payment the API acknowledged is in its household's ledger once, with its
/// amount, and in billing.payment once; reconciliation of the group finds no difference. Prints each check.
/// </summary>
internal static class FaultChecks
{
    public static async Task<int> RunAsync(IGrainFactory grains, NpgsqlDataSource database, PaymentLoad load, string runId)
    {
        var failures = 0;
        void Check(bool ok, string what)
        {
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
            failures += ok ? 0 : 1;
        }
        var acknowledged = load.Acknowledged;

        int missing = 0, twice = 0, otherAmount = 0;
        foreach (var household in acknowledged.GroupBy(a => a.Value.Household))
        {
            var ledger = (await grains.GetGrain<IHouseholdGrain>(household.Key).GetPaymentsAsync())
                .Where(p => p.PaymentId.StartsWith(runId, StringComparison.Ordinal)).ToLookup(p => p.PaymentId);
            foreach (var (paymentId, (_, amount, _)) in household)
            {
                var found = ledger[paymentId].ToList();
                missing += found.Count == 0 ? 1 : 0;
                twice += found.Count > 1 ? 1 : 0;
                otherAmount += found.Count == 1 && found[0].Amount != amount ? 1 : 0;
            }
        }
        Check(missing + twice + otherAmount == 0,
            $"ledgers: {acknowledged.Count:N0} acknowledged payments; missing {missing}, twice {twice}, another amount {otherAmount}");

        // The tables are written from each household's outbox after the acknowledgement: give them a moment.
        var (rowsMissing, rowsTwice) = (acknowledged.Count, 0);
        for (var attempt = 0; attempt < 30 && rowsMissing > 0; attempt++)
        {
            var rows = await PaymentRowsAsync(database, runId);
            rowsMissing = acknowledged.Keys.Count(id => !rows.ContainsKey(id));
            rowsTwice = rows.Values.Count(count => count > 1);
            if (rowsMissing > 0)
            {
                await Task.Delay(2000);
            }
        }
        Check(rowsMissing == 0 && rowsTwice == 0, $"billing.payment: acknowledged payments missing {rowsMissing}, payment ids in more than one row {rowsTwice}");

        // Roll-ups settle within about a second of the last payment; a difference that stays is a real one.
        var started = Stopwatch.StartNew();
        var report = await grains.GetGrain<IReconciliationGrain>("demo").ReconcileAsync(repair: false);
        var firstPass = started.Elapsed;
        for (var retry = 0; retry < 10 && report.Differences.Count > 0; retry++)
        {
            await Task.Delay(3000);
            report = await grains.GetGrain<IReconciliationGrain>("demo").ReconcileAsync(repair: false);
        }
        Check(report.Differences.Count == 0,
            $"reconciliation of the group: {report.Households:N0} households in {report.Buildings:N0} buildings (first pass {firstPass.TotalSeconds:F0} s), {Differences(report)}");
        return failures;
    }

    /// <summary>A database reused from earlier runs (the long form's) may carry what they left: repaired first, and said.</summary>
    public static async Task RepairLeftoversAsync(IGrainFactory grains)
    {
        var started = Stopwatch.StartNew();
        var report = await grains.GetGrain<IReconciliationGrain>("demo").ReconcileAsync(repair: true);
        Console.WriteLine($"before the load: reconciliation of {report.Households:N0} households in {started.Elapsed.TotalSeconds:F0} s, "
            + $"{Differences(report)}{(report.Repaired ? ", repaired" : "")}");
    }

    private static string Differences(ReconciliationReport report) =>
        $"{report.StaleHouseholds:N0} exact as of an earlier day (awaiting the daily refresh), {report.Differences.Count} differences"
        + string.Concat(report.Differences.Take(5).Select(d => $"{Environment.NewLine}     {d.NodeId} {d.HouseholdId}: {d.Problem}"));

    private static async Task<Dictionary<string, long>> PaymentRowsAsync(NpgsqlDataSource database, string runId)
    {
        await using var command = database.CreateCommand("SELECT payment_id, count(*) FROM billing.payment WHERE payment_id LIKE $1 GROUP BY payment_id");
        command.Parameters.AddWithValue(runId + "-%");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetInt64(1);
        }
        return rows;
    }
}
