using System.Globalization;
using System.Text.Json.Nodes;
using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Tests.Infrastructure;
using Npgsql;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// 欠费原因 through the API: six households each owing an old bill of ¥500 (March 2025, so over 365 days) and this month's
/// ¥80 (due on its last day, so not yet overdue), no late fees; reasons given in calls, payments made; every figure by hand.
/// </summary>
public sealed class ReasonAnalysisApiTests
{
    private const string Query = """
        query($n: ID!, $p: Period!, $cut: ReasonCut) { reasonAnalysis(nodeId: $n, period: $p, cut: $cut) {
          category reason cut cutLabel households overdue receivable collected collectionRate } }
        """;

    [Fact]
    public async Task Households_are_grouped_by_their_last_reason_with_the_overdue_principal_and_the_periods_collection_rate()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("reasons"));
        var work = await AnalyticsScene.CreateAsync(api, lateFees: false, "c1", "c2", "c3");
        var (scene, (c1, c2, c3)) = (work.Scene, (work.Collectors[0], work.Collectors[1], work.Collectors[2]));
        var h = scene.Households;
        var month = Period.Of(BusinessCalendar.DateOf(DateTimeOffset.UtcNow));
        foreach (var household in h)
        {
            await api.Grains.GetGrain<IHouseholdGrain>(household).IssueBillsAsync([new BillDraft("property", "物业费", month, month.LastDay, 80m)]);
        }
        // h0 changes its reason: the last one counts. h1 gives the same words with spaces, then pays all; h2 pays the old
        // bill and ¥30 of this month's; h3 gives no reason and owes; h4 owes with a reason; h5 pays all and gives none.
        await work.ContactAsync(c1, h[0], "B_UNDECIDED", answered: false, reason: ("OTHER", "没钱"));
        await work.ContactAsync(c1, h[0], "B_UNDECIDED", answered: true, reason: ("BASIC_SERVICE", "保洁不到位"));
        await work.ContactAsync(c1, h[1], "B_UNDECIDED", answered: true, reason: ("BASIC_SERVICE", " 保洁不到位 "));
        await work.ContactAsync(c2, h[2], "B_UNDECIDED", answered: true, reason: ("DEVELOPER", "漏水"));
        await work.ContactAsync(c3, h[4], "B_UNDECIDED", answered: true, reason: ("DEVELOPER", "漏水"));
        await work.PayAsync(h[1], 580m);
        await work.PayAsync(h[2], 530m);
        await work.PayAsync(h[5], 580m);

        JsonArray all = [];
        await Eventually.TrueAsync(async () =>
        {
            all = await ReasonsAsync(api, work.Supervisor, scene.Tree.Project, month, "NONE");
            return all.Count == 3 && all.Sum(r => r!["households"]!.GetValue<int>()) == 5 && all[1]!["collected"]!.GetValue<string>() == "30.00";
        }, TimeSpan.FromSeconds(30), "the contacts and payments reach the tables");
        Assert.Equal(
        [
            ("BASIC_SERVICE", "保洁不到位", 2, "500.00", "160.00", "80.00", 0.5m),
            ("DEVELOPER", "漏水", 2, "500.00", "160.00", "30.00", 0.1875m),
            (null, "", 1, "500.00", "80.00", "0.00", 0m),
        ], all.Select(Row));

        // The group holds only this project: its rows, summed from the households' standing, agree with the project's statement, cut by cut.
        var head = api.TokenFor(CollectionGrains.Access.Role.GroupAdmin, scene.Tree.Group);
        foreach (var cut in new[] { "NONE", "AGE_BUCKET", "CUSTOMER_TYPE", "GRADE", "VACANCY" })
        {
            Assert.Equal((await ReasonsAsync(api, work.Supervisor, scene.Tree.Project, month, cut)).ToJsonString(), (await ReasonsAsync(api, head, scene.Tree.Group, month, cut)).ToJsonString());
        }
        var byAge = await ReasonsAsync(api, work.Supervisor, scene.Tree.Project, month, "AGE_BUCKET");
        Assert.Equal(
        [
            ("BASIC_SERVICE", "Current", "未逾期", 1), ("BASIC_SERVICE", "Over365", "365天以上", 1),
            ("DEVELOPER", "Current", "未逾期", 1), ("DEVELOPER", "Over365", "365天以上", 1), (null, "Over365", "365天以上", 1),
        ], byAge.Select(r => (Category(r!), r!["cut"]!.GetValue<string>(), r["cutLabel"]!.GetValue<string>(), r["households"]!.GetValue<int>())));
        var byZone = await ReasonsAsync(api, work.Supervisor, scene.Tree.Project, month, "NODE");
        Assert.Equal([("BASIC_SERVICE", "一区", 2), ("DEVELOPER", "一区", 1), ("DEVELOPER", "二区", 1), (null, "一区", 1)],
            byZone.Select(r => (Category(r!), r!["cutLabel"]!.GetValue<string>(), r["households"]!.GetValue<int>())));
        // Every cut splits the same households and money.
        foreach (var cut in new[] { "CUSTOMER_TYPE", "GRADE", "VACANCY" })
        {
            var rows = await ReasonsAsync(api, work.Supervisor, scene.Tree.Project, month, cut);
            Assert.Equal((5, 1500m, 400m, 110m), (rows.Sum(r => r!["households"]!.GetValue<int>()), Sum(rows, "overdue"), Sum(rows, "receivable"), Sum(rows, "collected")));
        }
        var link = await api.DataAsync("mutation($n: ID!, $p: Period!) { exportAnalysis(input: {nodeId: $n, analysis: REASONS, period: $p}) { url } }",
            new { n = scene.Tree.Project, p = month.ToString() }, work.Supervisor);
        var sheet = Table.Read(await api.DownloadAsync(link["exportAnalysis"]!["url"]!.GetValue<string>(), work.Supervisor));
        Assert.Equal([["基础服务类", "保洁不到位", "2", "500.00", "0.5"], ["地产类", "漏水", "2", "500.00", "0.1875"], ["未登记", "", "1", "500.00", "0"]],
            Enumerable.Range(0, sheet.Rows.Count).Select(i => new[] { "原因类别", "原因", "户数", "逾期本金", "收缴率" }.Select(column => sheet.Cell(i, column)).ToArray()));
        var (_, refused) = await api.PostAsync(Query, new { n = scene.Tree.Project, p = month.AddMonths(1).ToString(), cut = "NONE" }, token: work.Supervisor);
        Assert.Equal("BAD_USER_INPUT", GraphQL.ApiFixture.Code(refused));

        // Later facts reach the group's standing: h3 gives a reason, h4 pays its old bill (it keeps its reason, owes nothing overdue).
        await work.ContactAsync(c2, h[3], "B_UNDECIDED", answered: true, reason: ("OTHER", "没钱"));
        await work.PayAsync(h[4], 500m);
        (string?, string, int, string, string, string, decimal?)[] later =
        [
            ("BASIC_SERVICE", "保洁不到位", 2, "500.00", "160.00", "80.00", 0.5m),
            ("DEVELOPER", "漏水", 2, "0.00", "160.00", "30.00", 0.1875m),
            ("OTHER", "没钱", 1, "500.00", "80.00", "0.00", 0m),
        ];
        await Eventually.TrueAsync(async () => (await ReasonsAsync(api, head, scene.Tree.Group, month, "NONE")).Select(Row).SequenceEqual(later),
            TimeSpan.FromSeconds(30), "the group's rows follow the new contact and payment");
        Assert.Equal(later, (await ReasonsAsync(api, work.Supervisor, scene.Tree.Project, month, "NONE")).Select(Row));
        await AStandingFallsDueWithTheNextBillAsync(h[3], month);
    }

    /// <summary>
    /// h3 owes the old ¥500 and this month's ¥80, due on the month's last day. Its standing as of that day holds ¥500
    /// overdue until the day after; as of the next day, ¥580 and nothing of the new month; and sealing the month copies
    /// only the row as of its last day. Run in a transaction rolled back, so the standing the silos keep never sees these days,
    /// under the keepers' advisory lock: without it, its refresh and a keeper's chunk of another test's silo can deadlock.
    /// </summary>
    private static async Task AStandingFallsDueWithTheNextBillAsync(string household, Period month)
    {
        await using var connection = await TestPostgres.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Under the keepers' lock: the refresh below takes every stale row of the database, as a keeper's chunk does.
        await using (var serialize = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            serialize.Parameters.AddWithValue(CollectionGrains.Analytics.Standing.HouseholdStandingGrain.AdvisoryLock);
            await serialize.ExecuteNonQueryAsync();
        }
        async Task InFeedAsync()
        {
            await using var feed = new NpgsqlCommand("INSERT INTO journal.household_change (household_id) VALUES ($1)", connection, transaction);
            feed.Parameters.AddWithValue(household);
            await feed.ExecuteNonQueryAsync();
        }
        async Task<(decimal Overdue, DateOnly StaleFrom, decimal Receivable)> StandingAsOf(DateOnly day)
        {
            await InFeedAsync();
            await using (var refresh = CollectionGrains.Analytics.Standing.StandingRefreshSql.Command(CollectionGrains.Analytics.Standing.StandingRefreshSql.Today, connection, transaction, day, 1_000_000))
            {
                await refresh.ExecuteNonQueryAsync();
            }
            await using var read = new NpgsqlCommand("SELECT overdue, stale_from, receivable FROM analytics.household_standing WHERE household_id = $1", connection, transaction);
            read.Parameters.AddWithValue(household);
            await using var reader = await read.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (reader.GetDecimal(0), reader.GetFieldValue<DateOnly>(1), reader.GetDecimal(2));
        }
        Assert.Equal((500m, month.LastDay.AddDays(1), 80m), await StandingAsOf(month.LastDay));
        Assert.Equal((580m, month.AddMonths(1).LastDay.AddDays(1), 0m), await StandingAsOf(month.LastDay.AddDays(1)));

        // Sealing the month for h3 alone: a row as of the next month is worked out again, not copied; a row as of the
        // month's last day and still fresh after it is copied (with its charge item's row), unless h3 waits in the feed.
        string before;
        await using (var previous = new NpgsqlCommand("SELECT coalesce(max(household_id), '') FROM billing.household WHERE household_id < $1", connection, transaction))
        {
            previous.Parameters.AddWithValue(household);
            before = (string)(await previous.ExecuteScalarAsync())!;
        }
        async Task<(string ToWork, long Copied)> SealAsync(string label)
        {
            await using var seal = new NpgsqlCommand(CollectionGrains.Analytics.Standing.StandingRefreshSql.Seal, connection, transaction);
            seal.Parameters.AddWithValue(label);
            seal.Parameters.AddWithValue(1);
            seal.Parameters.AddWithValue(before);
            seal.Parameters.AddWithValue(month.LastDay);
            await using var reader = await seal.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (string.Join(",", reader.GetFieldValue<string[]>(0)), reader.GetInt64(2));
        }
        Assert.Equal((household, 0L), await SealAsync(month.ToString()));
        await StandingAsOf(month.LastDay);
        Assert.Equal(("", 2L), await SealAsync(month.ToString()));
        await using (var read = new NpgsqlCommand("SELECT overdue, receivable FROM analytics.household_month_standing WHERE period = $1 AND household_id = $2", connection, transaction))
        {
            read.Parameters.AddWithValue(month.ToString());
            read.Parameters.AddWithValue(household);
            await using var reader = await read.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal((500m, 80m), (reader.GetDecimal(0), reader.GetDecimal(1)));
        }
        await InFeedAsync();
        Assert.Equal((household, 0L), await SealAsync(month.AddMonths(12).ToString()));
        await transaction.RollbackAsync();
    }

    private static string? Category(JsonNode row) => row["category"]?.GetValue<string>();

    private static (string?, string, int, string, string, string, decimal?) Row(JsonNode? row) =>
        (Category(row!), row!["reason"]!.GetValue<string>(), row["households"]!.GetValue<int>(), row["overdue"]!.GetValue<string>(),
            row["receivable"]!.GetValue<string>(), row["collected"]!.GetValue<string>(), row["collectionRate"]?.GetValue<decimal>());

    private static decimal Sum(JsonArray rows, string field) => rows.Sum(r => decimal.Parse(r![field]!.GetValue<string>(), CultureInfo.InvariantCulture));

    private static async Task<JsonArray> ReasonsAsync(TestApi api, string token, string node, Period period, string cut) =>
        (await api.DataAsync(Query, new { n = node, p = period.ToString(), cut }, token))["reasonAnalysis"]!.AsArray();
}
