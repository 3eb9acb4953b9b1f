using System.Diagnostics;
using System.Globalization;
using CollectionGrains.Hosting;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CollectionGrains.Tests.Foundation;

/// <summary>
/// OpenTelemetry as an operator sees it: the Prometheus scrape at <c>/metrics</c> with the project's meters moving
/// after a payment, a contact and a refused payment; one payment's trace from the HTTP request through the GraphQL
/// operation and the household grain's call to SQL. Alone: activity and meter listeners are process-wide, so another
/// test's silo running beside it puts its spans in this trace and its instruments beside these (both failed so once).
/// </summary>
[Collection(Cluster.AloneCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task The_metrics_scrape_shows_the_projects_meters_moving_after_a_payment_a_contact_and_a_refusal()
    {
        await using var api = await StartAsync(null);
        var (tree, household) = await HouseholdAsync(api);
        var before = await ScrapeAsync(api);

        await api.DataAsync("mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { appliedNow } }", new
        {
            i = new { paymentId = "TEL-" + Guid.NewGuid().ToString("N")[..8], householdId = household, amount = "10.00", channel = "COUNTER", paidAt = DateTimeOffset.UtcNow.ToString("O") },
        });
        await api.DataAsync("mutation($i: RecordContactInput!) { recordContact(input: $i) { __typename } }", new
        {
            i = new { contactId = "TEL-" + Guid.NewGuid().ToString("N")[..8], householdId = household, method = "PHONE", outcome = "B_UNDECIDED" },
        });
        var (_, refused) = await api.PostAsync("mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { appliedNow } }", new
        {
            i = new { paymentId = "TEL-" + Guid.NewGuid().ToString("N")[..8], householdId = household, amount = "-5.00", channel = "COUNTER", paidAt = DateTimeOffset.UtcNow.ToString("O") },
        });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(refused));

        string after = "";
        await Eventually.TrueAsync(async () =>
        {
            after = await ScrapeAsync(api);
            return Value(after, "cg_payments_recorded_total") >= Value(before, "cg_payments_recorded_total") + 1
                && Value(after, "cg_contacts_recorded_total") >= Value(before, "cg_contacts_recorded_total") + 1
                && Value(after, "cg_graphql_errors_total", "code=\"BAD_USER_INPUT\"") >= Value(before, "cg_graphql_errors_total", "code=\"BAD_USER_INPUT\"") + 1
                && Value(after, "cg_rollup_lag_seconds_count") >= Value(before, "cg_rollup_lag_seconds_count") + 1;
        }, TimeSpan.FromSeconds(10), "the project's counters moved");
        // The payment reached the group: the lag histogram counted it, in seconds, within its buckets.
        var lags = Value(after, "cg_rollup_lag_seconds_count") - Value(before, "cg_rollup_lag_seconds_count");
        var lagSeconds = Value(after, "cg_rollup_lag_seconds_sum") - Value(before, "cg_rollup_lag_seconds_sum");
        Assert.InRange(lagSeconds / lags, 0, 10);
        Assert.Contains("cg_rollup_lag_seconds_bucket{", after);
        // Orleans', ASP.NET Core's, Npgsql's and the runtime's meters are there too, and the gauges read from PostgreSQL.
        foreach (var name in new[] { "cg_tasks_open", "cg_warnings_open", "cg_outbox_queued", "http_server_request_duration_seconds", "orleans_", "db_client_", "dotnet_gc_collections_total" })
        {
            Assert.Contains(name, after);
        }
    }

    [Fact]
    public async Task One_payments_trace_runs_from_the_request_through_the_graphql_operation_and_the_household_grain_to_sql()
    {
        var spans = new List<Activity>();
        // Traced as a host with OTEL_EXPORTER_OTLP_ENDPOINT set is, with an in-memory exporter in place of OTLP.
        await using var api = await StartAsync(services => services.AddCollectionGrainsTracing().ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        var (_, household) = await HouseholdAsync(api);
        var paymentId = "TRACE-" + Guid.NewGuid().ToString("N")[..8];

        await api.DataAsync("mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { appliedNow } }", new
        {
            i = new { paymentId, householdId = household, amount = "10.00", channel = "COUNTER", paidAt = DateTimeOffset.UtcNow.ToString("O") },
        });

        List<Activity> trace = [];
        await Eventually.TrueAsync(() =>
        {
            lock (spans)
            {
                var request = spans.LastOrDefault(s => s.Kind == ActivityKind.Server && s.DisplayName.StartsWith("POST", StringComparison.Ordinal));
                trace = request is null ? [] : [.. spans.Where(s => s.TraceId == request.TraceId)];
            }
            // The household's state written by the group commit, in this trace.
            return Task.FromResult(trace.Any(s => s.Source.Name == "Npgsql" && (s.GetTagItem("db.query.text") as string)?.Contains("orleans_grain_state", StringComparison.Ordinal) == true));
        }, TimeSpan.FromSeconds(10), "the payment's trace reaches the SQL that writes the household");
        Assert.Contains(trace, s => s.DisplayName == "GraphQL mutation Pay" && (string?)s.GetTagItem("graphql.operation.type") == "mutation");
        Assert.Contains(trace, s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) && s.DisplayName == "IHouseholdGrain/RecordPaymentAsync");
        Assert.DoesNotContain(trace, s => s.Tags.Any(t => t.Value?.Contains(paymentId, StringComparison.Ordinal) == true));   // no variables in spans
    }

    private static Task<TestApi> StartAsync(Action<IServiceCollection>? services) =>
        TestApi.StartSiloAsync(TestSilo.NewClusterId("telemetry"), services: services);

    private static async Task<(OrgTree Tree, string Household)> HouseholdAsync(TestApi api)
    {
        var tree = await OrgTree.CreateAsync(api.Grains);
        api.SignIn(CollectionGrains.Access.Role.GroupAdmin, tree.Group);
        const string Import = "mutation($g: ID!, $c: String!) { importHouseholds(input: {groupId: $g, format: CSV, content: $c}) { applied } }";
        await api.DataAsync(Import, new { g = tree.Group, c = ApiFixture.HouseholdsCsv });
        await api.DataAsync(Import.Replace("importHouseholds", "importOpeningArrears").Replace("{ applied }", "{ succeeded }"), new { g = tree.Group, c = ApiFixture.OpeningArrearsCsv });
        return (tree, $"{tree.Buildings[0]}/1-101");
    }

    private static async Task<string> ScrapeAsync(TestApi api)
    {
        using var anonymous = new HttpClient { BaseAddress = api.BaseUri };
        return await anonymous.GetStringAsync("/metrics");
    }

    /// <summary>The sum of a metric's samples in the Prometheus text whose labels hold <paramref name="label"/> (0 when absent).</summary>
    private static double Value(string scrape, string metric, string label = "") =>
        scrape.Split('\n').Where(l => l.StartsWith(metric, StringComparison.Ordinal) && l.Length > metric.Length && l[metric.Length] is ' ' or '{' && l.Contains(label, StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.Contains('}') ? l.LastIndexOf('}') + 1 : l.IndexOf(' '))..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
