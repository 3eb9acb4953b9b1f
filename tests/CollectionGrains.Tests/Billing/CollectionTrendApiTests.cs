using System.Globalization;
using System.Text.Json.Nodes;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Billing;

/// <summary>
/// OrgNode.collectionTrend through the API on a hand-made history of two closed months: what was billed for each, what
/// of it was paid by the month's end and what to date, worked out by hand.
/// </summary>
public sealed class CollectionTrendApiTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private OrgTree _tree = null!;

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("trend"));
        _tree = await OrgTree.CreateAsync(_api.Grains);
        _api.SignIn(CollectionGrains.Access.Role.GroupAdmin, _tree.Group);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Each_closed_month_shows_what_was_billed_paid_by_its_end_and_paid_to_date()
    {
        var month = Period.Of(BusinessCalendar.DateOf(DateTimeOffset.UtcNow));
        var (twoAgo, lastMonth) = (month.AddMonths(-2), month.AddMonths(-1));
        await ImportAsync("importHouseholds", "楼栋路径,房号,面积,业主姓名\n幸福里/一区/1栋,1-101,100,王建国\n幸福里/一区/1栋,1-102,80,李秀英\n");
        await ImportAsync("importOpeningArrears", $"""
            楼栋路径,房号,收费项目编码,收费项目,账期,应缴日期,欠费金额
            幸福里/一区/1栋,1-101,property,物业费,{twoAgo},{twoAgo.FirstDay.AddDays(14):yyyy-MM-dd},300.00
            幸福里/一区/1栋,1-101,property,物业费,{lastMonth},{lastMonth.FirstDay.AddDays(14):yyyy-MM-dd},200.00
            幸福里/一区/1栋,1-102,property,物业费,{lastMonth},{lastMonth.FirstDay.AddDays(14):yyyy-MM-dd},100.00
            """);
        var (first, second) = ($"{_tree.Buildings[0]}/1-101", $"{_tree.Buildings[0]}/1-102");
        // Before each due date (no late fee): 300.00 on the 10th two months ago, 50.00 on the 10th last month;
        // today 150.00 from the second household: its late fee, its 100.00, the rest prepaid.
        await PayAsync(first, 300.00m, twoAgo.FirstDay.AddDays(9));
        await PayAsync(first, 50.00m, lastMonth.FirstDay.AddDays(9));
        await PayAsync(second, 150.00m, BusinessCalendar.DateOf(DateTimeOffset.UtcNow));

        JsonArray trend = [];
        await Eventually.TrueAsync(async () =>
        {
            trend = (await _api.DataAsync("query($n: ID!) { orgNode(id: $n) { collectionTrend(months: 3) { period receivable collectedByMonthEnd collectedToDate collectionRate } } }",
                new { n = _tree.Project }))["orgNode"]!["collectionTrend"]!.AsArray();
            return trend.Count == 2 && trend[1]!["collectedToDate"]!.GetValue<string>() == "150.00";
        }, TimeSpan.FromSeconds(20), "the payments are in the Billing tables");
        Assert.Equal([twoAgo.ToString(), "300.00", "300.00", "300.00"], Figures(trend[0]!));
        Assert.Equal([lastMonth.ToString(), "300.00", "50.00", "150.00"], Figures(trend[1]!));
        Assert.Equal((1m, 0.1667m), (trend[0]!["collectionRate"]!.GetValue<decimal>(), trend[1]!["collectionRate"]!.GetValue<decimal>()));

        // Paid today, the first household's 150.00 left of last month (after its late fee; the rest prepaid) reaches
        // "to date" the same day; "by the month's end" stays.
        await PayAsync(first, 200.00m, BusinessCalendar.DateOf(DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () =>
        {
            trend = (await _api.DataAsync("query($n: ID!) { orgNode(id: $n) { collectionTrend(months: 3) { period receivable collectedByMonthEnd collectedToDate } } }",
                new { n = _tree.Project }))["orgNode"]!["collectionTrend"]!.AsArray();
            return trend[1]!["collectedToDate"]!.GetValue<string>() == "300.00";
        }, TimeSpan.FromSeconds(30), "today's payment of last month's bill is in its paid to date");
        Assert.Equal([lastMonth.ToString(), "300.00", "50.00", "300.00"], Figures(trend[1]!));

        // A building reads its own households (by the household table), the same months.
        var building = (await _api.DataAsync("query($n: ID!) { orgNode(id: $n) { collectionTrend(months: 1) { period collectedToDate } } }",
            new { n = _tree.Buildings[0] }))["orgNode"]!["collectionTrend"]!.AsArray();
        Assert.Equal((lastMonth.ToString(), "300.00"), (building.Single()!["period"]!.GetValue<string>(), building.Single()!["collectedToDate"]!.GetValue<string>()));
        var (_, refused) = await _api.PostAsync("{ orgNodes: orgRoots { collectionTrend(months: 37) { period } } }", new { });
        Assert.Equal("BAD_USER_INPUT", GraphQL.ApiFixture.Code(refused));
    }

    private static string[] Figures(JsonNode month) =>
        [.. new[] { "period", "receivable", "collectedByMonthEnd", "collectedToDate" }.Select(name => month[name]!.GetValue<string>())];

    private async Task ImportAsync(string mutation, string csv)
    {
        var result = await _api.DataAsync($"mutation($g: ID!, $c: String!) {{ {mutation}(input: {{groupId: $g, format: CSV, content: $c}}) {{ succeeded errors {{ row message }} }} }}",
            new { g = _tree.Group, c = csv });
        Assert.True(result[mutation]!["succeeded"]!.GetValue<bool>(), result.ToJsonString());
    }

    private async Task PayAsync(string household, decimal amount, DateOnly day) =>
        await _api.DataAsync("mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { appliedNow } }", new
        {
            i = new
            {
                paymentId = BillingFixtures.NewId("trend"), householdId = household, amount = amount.ToString("0.00", CultureInfo.InvariantCulture), channel = "BANK_TRANSFER",
                paidAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            },
        });
}
