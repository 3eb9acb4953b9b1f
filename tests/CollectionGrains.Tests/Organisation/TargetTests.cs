using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Organisation;

/// <summary>
/// 催收目标 through the real path (node grains, PostgreSQL, GraphQL): a group's target cascaded to every node below in
/// proportion, to the cent (shares worked out by hand); a manual change of a share that breaks the sum refused and one
/// that keeps it taken; a child's own change refused while its parent holds a target; live progress after a payment; a
/// collector's share; every change in the history; a closed month frozen.
/// </summary>
public sealed class TargetTests : IAsyncLifetime
{
    private static readonly Period Month = Period.Of(BusinessCalendar.DateOf(DateTimeOffset.UtcNow));
    private TestApi _api = null!;
    private OrgTree _tree = null!;

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("targets"));
        _tree = await OrgTree.CreateAsync(_api.Grains);
        _api.SignIn(Role.GroupAdmin, _tree.Group);
        // This month's bills: building 1 two of ¥300, building 2 one of ¥500, building 3 one of ¥700 (receivable 600 : 500 : 700).
        // Opening arrears of last year: building 1 ¥1,000, building 3 ¥2,000.
        await HouseholdAsync(0, "1-101", 300m, 1000m);
        await HouseholdAsync(0, "1-102", 300m, null);
        await HouseholdAsync(1, "2-101", 500m, null);
        await HouseholdAsync(2, "3-101", 700m, 2000m);
        await Eventually.TrueAsync(async () => (await Totals(_tree.Group))["receivable"]!.Money() == 1800m
            && (await Totals(_tree.Group))["openingArrears"]!.Money() == 3000m, TimeSpan.FromSeconds(20), "the bills reach the group");
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_group_target_cascades_to_the_cent_and_shares_change_only_when_they_still_add_up()
    {
        var set = (await _api.DataAsync("""
            mutation($g: ID!, $m: Period!) { setTarget(input: {nodeId: $g, period: $m, collectionRate: 0.95, recoveryAmount: "1000.01", cascade: true}) { collectionAmount recoveryAmount source } }
            """, new { g = _tree.Group, m = Month.ToString() }))["setTarget"]!;
        Assert.Equal(1710.00m, set["collectionAmount"]!.Money());   // 0.95 × 1,800
        // Collection by receivable 600 : 500 : 700 → 570, 475, 665. Recovery 1,000.01 by opening arrears 1,000 : 0 : 2,000
        // → 333.337, 0, 666.673: 333.33 + 666.67 = 1,000.00 and the cent left goes to the larger remainder (building 1).
        Assert.Equal((570.00m, 333.34m), await AmountsAsync(_tree.Buildings[0]));
        Assert.Equal((475.00m, 0m), await AmountsAsync(_tree.Buildings[1]));
        Assert.Equal((665.00m, 666.67m), await AmountsAsync(_tree.Buildings[2]));
        Assert.Equal((1045.00m, 333.34m), await AmountsAsync(_tree.Zones[0]));
        Assert.Equal((1710.00m, 1000.01m), await AmountsAsync(_tree.Project));
        Assert.Equal("CASCADED", (await TargetAsync(_tree.Project))["source"]!.GetValue<string>());

        // A share that breaks the sum is refused and changes nothing; one that keeps it is taken.
        const string Adjust = "mutation($z: ID!, $m: Period!, $s: [TargetShareInput!]!) { adjustTargets(input: {parentId: $z, period: $m, shares: $s}) { collectionAmount source } }";
        var (_, refused) = await _api.PostAsync(Adjust, new { z = _tree.Zones[0], m = Month.ToString(), s = new[] { new { nodeId = _tree.Buildings[0], collectionAmount = "600.00" } } });
        Assert.Equal("BAD_USER_INPUT", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal((570.00m, 333.34m), await AmountsAsync(_tree.Buildings[0]));
        var adjusted = (await _api.DataAsync(Adjust, new
        {
            z = _tree.Zones[0], m = Month.ToString(),
            s = new[] { new { nodeId = _tree.Buildings[0], collectionAmount = "545.00" }, new { nodeId = _tree.Buildings[1], collectionAmount = "500.00" } },
        }))["adjustTargets"]!.AsArray();
        Assert.Equal([545.00m, 500.00m], adjusted.Select(a => a!["collectionAmount"]!.Money()));
        Assert.Equal("ADJUSTED", (await TargetAsync(_tree.Buildings[0]))["source"]!.GetValue<string>());

        // A building cannot change its own share while its zone holds a target.
        var (_, own) = await _api.PostAsync("mutation($b: ID!, $m: Period!) { setTarget(input: {nodeId: $b, period: $m, collectionRate: 0.5}) { collectionAmount } }",
            new { b = _tree.Buildings[0], m = Month.ToString() });
        Assert.Equal("BAD_USER_INPUT", own["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // Every change is in the history: the cascade, then the adjustment.
        var history = (await _api.DataAsync("query($b: ID!, $m: Period!) { orgNode(id: $b) { targetHistory(period: $m) { collectionAmountBefore collectionAmount source by } } }",
            new { b = _tree.Buildings[0], m = Month.ToString() }))["orgNode"]!["targetHistory"]!.AsArray();
        Assert.Equal(["CASCADED", "ADJUSTED"], history.Select(h => h!["source"]!.GetValue<string>()));
        Assert.Equal(570.00m, history[1]!["collectionAmountBefore"]!.Money());
    }

    [Fact]
    public async Task Progress_is_live_a_collector_gets_a_share_and_a_closed_month_is_frozen()
    {
        await _api.DataAsync("mutation($g: ID!, $m: Period!) { setTarget(input: {nodeId: $g, period: $m, collectionRate: 0.8}) { collectionAmount } }",
            new { g = _tree.Project, m = Month.ToString() });
        await _api.Grains.GetGrain<IHouseholdGrain>($"{_tree.Buildings[0]}/1-102").RecordPaymentAsync(new PaymentRequest("target-pay-1", 300m,
            PaymentChannel.WeChatPay, DateTimeOffset.UtcNow.ToOffset(BusinessCalendar.Offset)));
        // The project: ¥300 of ¥1,800 collected → rate 0.1667, progress 0.1667 ÷ 0.8 = 0.208375 → 0.2084, gap 0.8 × 1,800 − 300 = 1,140.
        JsonNode progress = null!;
        await Eventually.TrueAsync(async () => (progress = (await TargetAsync(_tree.Project))["progress"]!)["collected"]!.Money() == 300m,
            TimeSpan.FromSeconds(10), "the payment reaches the project's progress");
        Assert.Equal(0.1667m, progress["collectionRate"]!.Money());
        Assert.Equal(0.2084m, progress["rateProgress"]!.Money());
        Assert.Equal(1140.00m, progress["collectionGap"]!.Money());

        // A collector holding buildings 1 and 3 (receivable 600 + 700 of 1,800): 1,440 × 1,300 / 1,800 = 1,040.00.
        await _api.Grains.GetGrain<IUserGrain>("target-collector").CreateAsync(new NewUser(new UserAccount("target-collector", "收费员", Role.Collector, _tree.Project), "collector-pass-1"));
        await _api.Grains.GetGrain<ICollectionProjectGrain>(_tree.Project).AssignAsync("target-collector", [], [_tree.Buildings[0], _tree.Buildings[2]],
            new CollectionActor("supervisor", ActorRank.Supervisor));
        var collector = (await _api.DataAsync("query($m: Period!) { collector(username: \"target-collector\") { target(period: $m) { collectionAmount progress { collected receivable } } } }",
            new { m = Month.ToString() }))["collector"]!["target"]!;
        Assert.Equal(1040.00m, collector["collectionAmount"]!.Money());
        Assert.Equal(1300m, collector["progress"]!["receivable"]!.Money());
        Assert.Equal(300m, collector["progress"]!["collected"]!.Money());

        await _api.Grains.GetGrain<CollectionGrains.Organisation.IOrgNodeGrain>(_tree.Group).ClosePeriodAsync(Month);
        Assert.True((await TargetAsync(_tree.Project))["frozen"]!.GetValue<bool>());
        var (_, closed) = await _api.PostAsync("mutation($g: ID!, $m: Period!) { setTarget(input: {nodeId: $g, period: $m, collectionRate: 0.5}) { collectionAmount } }",
            new { g = _tree.Project, m = Month.ToString() });
        Assert.Contains("closed", closed["errors"]![0]!["message"]!.GetValue<string>());
    }

    private async Task HouseholdAsync(int building, string room, decimal monthly, decimal? opening)
    {
        var id = $"{_tree.Buildings[building]}/{room}";
        var ledger = _api.Grains.GetGrain<IHouseholdGrain>(id);
        await ledger.RegisterAsync(new HouseholdProfile(id, _tree.Project, _tree.Buildings[building], room, 100m, "李娜", CustomerType.Individual, ["13900139000"], false, null, []));
        var last = new Period(Month.Year - 1, 6);
        await ledger.IssueBillsAsync([new BillDraft("property", "物业费", Month, Month.Day(15), monthly),
            .. opening is { } amount ? new[] { new BillDraft("property", "物业费", last, last.Day(15), amount) } : []]);
    }

    private async Task<JsonNode> Totals(string node) =>
        (await _api.DataAsync("query($n: ID!) { orgNode(id: $n) { totals { receivable openingArrears } } }", new { n = node }))["orgNode"]!["totals"]!;

    private async Task<JsonNode> TargetAsync(string node) =>
        (await _api.DataAsync("query($n: ID!, $m: Period!) { orgNode(id: $n) { target(period: $m) { collectionAmount recoveryAmount source frozen progress { collected collectionRate rateProgress collectionGap } } } }",
            new { n = node, m = Month.ToString() }))["orgNode"]!["target"]!;

    private async Task<(decimal, decimal)> AmountsAsync(string node)
    {
        var target = await TargetAsync(node);
        return (target["collectionAmount"]!.Money(), target["recoveryAmount"]?.Money() ?? 0m);
    }
}

/// <summary>Money comes as a string ("1800.00"), rates as numbers.</summary>
internal static class JsonAmounts
{
    public static decimal Money(this JsonNode node) =>
        node.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? decimal.Parse(node.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            : node.GetValue<decimal>();
}
