using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 23's figures: every analysis through the GraphQL API, as the head office and a project manager ask it, for the
/// demo group and for its largest project, on the real silo process with the demo group of N households and its months
/// of collection history (loaded once into the database of its own, as the scale benchmark does). Each query is asked
/// <c>runs</c> times one after another; the first answer and the median are reported.
/// </summary>
internal static class AnalyticsBenchmark
{
    public static async Task RunAsync(int households, int months, int runs)
    {
        var postgres = PostgresSettings.FromEnvironment();
        var cluster = ClusterSettings.FromEnvironment();
        await using var database = NpgsqlDataSource.Create(postgres.ConnectionString());
        await using var silo = await DemoSilo.StartAsync(database, postgres, cluster, households, months, "silo-analytics.log");
        using var http = new HttpClient { BaseAddress = new Uri(cluster.HttpUrl), Timeout = TimeSpan.FromMinutes(31) };   // a mutation may take 30
        await DemoLogin.SignInAsync(http);
        await using var largest = database.CreateCommand(
            "SELECT project_id, count(*)::int FROM billing.household WHERE household_id LIKE 'demo-%' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1");
        await using var reader = await largest.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (project, projectHouseholds) = (reader.GetString(0), reader.GetInt32(1));
        await reader.DisposeAsync();
        await using var contacts = database.CreateCommand("SELECT count(*) FROM collection.contact");
        // Month-end snapshots and reports from earlier runs are dropped, so each run's first answer produces them (the
        // group's: its month close below).
        await using (var fresh = database.CreateCommand("DELETE FROM analytics.kept_month; DELETE FROM analytics.report"))
        {
            await fresh.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"largest project {project} ({projectHouseholds:N0} households); {(long)(await contacts.ExecuteScalarAsync())!:N0} contacts in the history");
        await StandingCaughtUpAsync(database);

        var today = BusinessCalendar.Today(TimeProvider.System);
        var month = Period.Of(today);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from30 = today.AddDays(-29).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var queries = new (string Name, string Query, bool ProjectOnly)[]
        {
            ("effectAnalysis by collector, 30 days", $"{{ effectAnalysis(nodeId: \"@node\", from: \"{from30}\", to: \"{day}\", by: COLLECTOR) {{ key contacts recovered }} }}", false),
            ("effectAnalysis by child node, 30 days", $"{{ effectAnalysis(nodeId: \"@node\", from: \"{from30}\", to: \"{day}\", by: NODE) {{ key contacts recovered }} }}", false),
            ("reasonAnalysis, this month", $"{{ reasonAnalysis(nodeId: \"@node\", period: \"{month}\") {{ households overdue }} }}", false),
            ("reasonAnalysis by age bucket", $"{{ reasonAnalysis(nodeId: \"@node\", period: \"{month}\", cut: AGE_BUCKET) {{ households overdue }} }}", false),
            ("reasonAnalysis, the month before", $"{{ reasonAnalysis(nodeId: \"@node\", period: \"{month.AddMonths(-1)}\") {{ households overdue }} }}", false),
            ("financeReport, the month before", $"{{ financeReport(nodeId: \"@node\", period: \"{month.AddMonths(-1)}\") {{ total {{ receivable }} prepaid }} }}", false),
            ("rollRates, the month before and this month", $"{{ rollRates(nodeId: \"@node\", from: \"{month.AddMonths(-1)}\", to: \"{month}\") {{ month cells {{ households }} }} }}", false),
            ("rollRates, the month before", $"{{ rollRates(nodeId: \"@node\", from: \"{month.AddMonths(-1)}\", to: \"{month.AddMonths(-1)}\") {{ month cells {{ households }} }} }}", false),
            ("rollRates, 6 months", $"{{ rollRates(nodeId: \"@node\", from: \"{month.AddMonths(-5)}\", to: \"{month}\") {{ month cells {{ households }} }} }}", false),
            ("financeReport, this month (live)", $"{{ financeReport(nodeId: \"@node\", period: \"{month}\") {{ total {{ receivable }} prepaid }} }}", false),
            ("financeReport, a closed month (kept)", $"{{ financeReport(nodeId: \"@node\", period: \"{month.AddMonths(-2)}\") {{ total {{ receivable }} closedAt }} }}", false),
            ("analysisTrend, 6 months", $"{{ analysisTrend(nodeId: \"@node\", from: \"{month.AddMonths(-5).FirstDay:yyyy-MM-dd}\", to: \"{day}\", step: MONTH) {{ kept arrears }} }}", false),
            ("analysisTrend, the week before and this week", $"{{ analysisTrend(nodeId: \"@node\", from: \"{BusinessCalendar.WeekStart(today).AddDays(-7):yyyy-MM-dd}\", to: \"{day}\", step: WEEK) {{ arrears }} }}", false),
            ("analysisTrend, 12 weeks", $"{{ analysisTrend(nodeId: \"@node\", from: \"{today.AddDays(-77):yyyy-MM-dd}\", to: \"{day}\", step: WEEK) {{ arrears }} }}", false),
            ("produceReport, a closed month (.xlsx + PDF, delivered)", $"mutation {{ produceReport(input: {{nodeId: \"@node\", cadence: MONTHLY, day: \"{month.AddMonths(-2).FirstDay:yyyy-MM-dd}\"}}) {{ id }} }}", false),
            ("produceReport, this week (.xlsx + PDF, delivered)", $"mutation {{ produceReport(input: {{nodeId: \"@node\", cadence: WEEKLY, day: \"{day}\"}}) {{ id }} }}", false),
            ("weeklyReview, this week", $"{{ weeklyReview(projectId: \"@node\", week: \"{day}\") {{ rows {{ username recovered }} }} }}", true),
            ("experiments", "{ experiments(projectId: \"@node\") { significant } }", true),
        };
        var failures = 0;
        foreach (var (node, size) in new[] { (project, projectHouseholds), ("demo", households) })
        {
            foreach (var (name, query, projectOnly) in queries.Where(q => !q.ProjectOnly || node == project))
            {
                // The group's month close comes after its analyses of this month and the month before, which need none.
                if (node == "demo" && name == "rollRates, 6 months")
                {
                    await CloseLastMonthAsync(http, database, today > month.AddMonths(-1).LastDay.AddDays(3) ? month.AddMonths(-1) : month.AddMonths(-2));
                }
                var times = new List<double>();
                string? error = null;
                for (var i = 0; i < runs && error is null; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await http.PostAsJsonAsync("/graphql", new { query = query.Replace("@node", node, StringComparison.Ordinal) });
                    var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    error = body?["errors"]?[0]?["message"]?.GetValue<string>();
                }
                var sorted = times.Order().ToArray();
                var scope = $"analytics {(node == "demo" ? "group" : "project")} ({size:N0} households) {name}";
                Console.WriteLine(error is null
                    ? $"{scope}: first {times[0]:N0} ms, median {sorted[sorted.Length / 2]:N0} ms of {runs}"
                    : $"{scope}: FAILED after {times[^1]:N0} ms: {error}");
                failures += error is null ? 0 : 1;
                if (error is not null)
                {
                    Console.WriteLine($"{scope}, asked again as the error says: {await AskAgainAsync(http, query.Replace("@node", node, StringComparison.Ordinal))}");
                }
            }
        }
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} analyses failed");
        }
    }

    /// <summary>
    /// What the group's monthly report schedule does when a month closes: its report of that month, which keeps the
    /// month's figures and the six months of its trend (finance reports, roll rates, trend points). Timed on its own: the
    /// group's answers below are then those a head office gets after the close, not the first production of a month.
    /// </summary>
    private static async Task CloseLastMonthAsync(HttpClient http, NpgsqlDataSource database, Period closed)
    {
        Console.WriteLine($"analytics group month close ({closed}: the schedule's monthly report, keeping the month and its trend): {await ProduceMonthlyAsync(http, closed)}");
        // As in steady use, when the months before were kept at their own close: only this month's snapshots produced afresh.
        await using (var forget = database.CreateCommand("DELETE FROM analytics.kept_month WHERE period = $1"))
        {
            forget.Parameters.AddWithValue(closed.ToString());
            await forget.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"analytics group month close in steady use (the months before it kept, {closed} produced afresh): {await ProduceMonthlyAsync(http, closed)}");
    }

    private static async Task<string> ProduceMonthlyAsync(HttpClient http, Period month)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query = $"mutation {{ produceReport(input: {{nodeId: \"demo\", cadence: MONTHLY, day: \"{month.FirstDay:yyyy-MM-dd}\"}}) {{ id }} }}",
        });
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["errors"]?[0]?["message"]?.GetValue<string>();
        return error is null ? $"{Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s" : $"FAILED: {error}";
    }

    /// <summary>
    /// A query that timed out, asked again every 10 s for up to 5 minutes: the grain behind it carries on after the API
    /// gave up, and what it kept (closed months and weeks) answers the next ask.
    /// </summary>
    private static async Task<string> AskAgainAsync(HttpClient http, string query)
    {
        var since = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(since) < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("/graphql", new { query });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            if (body?["errors"] is null)
            {
                return $"{Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms, {Stopwatch.GetElapsedTime(since).TotalSeconds:N0} s after the failure";
            }
        }
        return "still failing after 5 minutes";
    }

    /// <summary>
    /// Waits until the silo's keeper has sealed the month and the week before this one, taken the whole change feed and
    /// no standing is stale (a database loaded before the standing existed starts with all of it).
    /// </summary>
    private static async Task StandingCaughtUpAsync(NpgsqlDataSource database)
    {
        await using var left = database.CreateCommand(
            "SELECT (SELECT count(*) FROM journal.household_change) + (SELECT count(*) FROM analytics.household_standing WHERE stale_from <= $1) " +
            "+ (SELECT count(*) FROM billing.household WHERE NOT EXISTS (SELECT 1 FROM analytics.standing_month WHERE period = $2 AND sealed_at IS NOT NULL)) " +
            "+ (SELECT count(*) FROM billing.household WHERE NOT EXISTS (SELECT 1 FROM analytics.standing_week WHERE day = $3 AND sealed_at IS NOT NULL))");
        var today = BusinessCalendar.Today(TimeProvider.System);
        left.Parameters.AddWithValue(today);
        left.Parameters.AddWithValue(Period.Of(today).AddMonths(-1).ToString());
        left.Parameters.AddWithValue(BusinessCalendar.WeekStart(today).AddDays(-1));
        var started = Stopwatch.GetTimestamp();
        var first = (long)(await left.ExecuteScalarAsync())!;
        for (var remaining = first; remaining > 0; remaining = (long)(await left.ExecuteScalarAsync())!)
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        Console.WriteLine($"households' standing: {first:N0} changes, stale rows and households of the month and the week before to seal, taken by the silo's background keeper in {Stopwatch.GetElapsedTime(started).TotalSeconds:N0} s");
    }
}
