using System.Text.Json.Nodes;
using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>
/// A new project's charge items and late-fee policy through the API: terms from a month on bill that month and later,
/// months billed already cannot be re-priced, and a policy change applies from a later day only.
/// </summary>
public sealed class ProjectBillingApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string SetItems = """
        mutation($p: ID!, $from: Date!, $price: Decimal!, $due: Int!) {
          setChargeItems(input: {projectId: $p, effectiveFrom: $from, items: [
            {code: "WYF", name: "物业服务费", basis: PER_SQUARE_METRE, cycle: MONTHLY, dueDay: $due, vacantRate: 0.7, unitPrice: $price}]}) {
            code effectiveFrom unitPrice dueDay } }
        """;

    [Fact]
    public async Task New_terms_bill_from_their_month_and_a_billed_month_keeps_its_terms()
    {
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        var (thisMonth, nextMonth) = (Period.Of(today), Period.Of(today).AddMonths(1));
        var (project, building) = await NewProjectAsync();
        await ImportHouseholdAsync(building, "100.00");

        await fixture.Api.DataAsync(SetItems, new { p = project, from = Day(thisMonth.FirstDay), price = 2.00m, due = 10 });
        var versions = (await fixture.Api.DataAsync(SetItems, new { p = project, from = Day(nextMonth.FirstDay), price = 2.50m, due = 15 }))["setChargeItems"]!.AsArray();
        Assert.Equal([(Day(thisMonth.FirstDay), 2.00m), (Day(nextMonth.FirstDay), 2.50m)],
            versions.Select(v => (v!["effectiveFrom"]!.GetValue<string>(), v["unitPrice"]!.GetValue<decimal>())));

        foreach (var period in new[] { thisMonth, nextMonth })
        {
            await fixture.Api.DataAsync("mutation($p: ID!, $period: Period!) { runBilling(input: {projectId: $p, period: $period}) { billsIssued } }",
                new { p = project, period = period.ToString() });
        }
        var bills = (await fixture.Api.DataAsync("query($id: ID!) { household(id: $id) { bills { period principal dueDate } } }",
            new { id = $"{building}/8-801" }))["household"]!["bills"]!.AsArray();
        // 100 m² × 2.00 due on the 10th; 100 m² × 2.50 due on the 15th.
        Assert.Equal([(thisMonth.ToString(), "200.00", Day(thisMonth.FirstDay.AddDays(9))), (nextMonth.ToString(), "250.00", Day(nextMonth.FirstDay.AddDays(14)))],
            bills.Select(b => (b!["period"]!.GetValue<string>(), b["principal"]!.GetValue<string>(), b["dueDate"]!.GetValue<string>())));

        var (_, refused) = await fixture.Api.PostAsync(SetItems, new { p = project, from = Day(thisMonth.FirstDay), price = 9.99m, due = 10 });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(refused));
        var (_, midMonth) = await fixture.Api.PostAsync(SetItems, new { p = project, from = Day(nextMonth.FirstDay.AddMonths(1).AddDays(3)), price = 3m, due = 10 });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(midMonth));
    }

    [Fact]
    public async Task A_late_fee_policy_applies_from_a_later_day_only()
    {
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        var (project, _) = await NewProjectAsync();
        const string SetPolicy = """
            mutation($p: ID!, $from: Date!) {
              setLateFeePolicy(input: {projectId: $p, dailyRate: 0.0003, graceDays: 15, capAtPrincipal: true, annualCeilingMultiple: 4, referenceAnnualRate: 0.031, waiverLimit: "300.00", effectiveFrom: $from}) {
                effectiveFrom dailyRate graceDays waiverLimit } }
            """;
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code((await fixture.Api.PostAsync(SetPolicy, new { p = project, from = Day(today) })).Body));

        var policies = (await fixture.Api.DataAsync(SetPolicy, new { p = project, from = Day(today.AddDays(1)) }))["setLateFeePolicy"]!.AsArray();

        Assert.Equal(2, policies.Count);
        Assert.Null(policies[0]!["effectiveFrom"]);
        Assert.Equal((Day(today.AddDays(1)), 0.0003m, 15, "300.00"),
            (policies[1]!["effectiveFrom"]!.GetValue<string>(), policies[1]!["dailyRate"]!.GetValue<decimal>(), policies[1]!["graceDays"]!.GetValue<int>(), policies[1]!["waiverLimit"]!.GetValue<string>()));
        var read = (await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { lateFeePolicies { dailyRate } } }", new { id = project }))["orgNode"]!["lateFeePolicies"]!.AsArray();
        Assert.Equal([0.0005m, 0.0003m], read.Select(p => p!["dailyRate"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task Charge_items_come_from_the_sheet_an_office_keeps_once_and_a_bad_cell_changes_nothing()
    {
        var (project, _) = await NewProjectAsync();
        var name = (await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { name } }", new { id = project }))["orgNode"]!["name"]!.GetValue<string>();
        var from = Period.Of(BusinessCalendar.DateOf(DateTimeOffset.UtcNow)).AddMonths(1).FirstDay;
        var sheet = $"""
            收费标准
            项目,收费项目编码,收费项目,计费方式,周期,单价,应缴日,空置折扣,生效日期
            {name},WYF,物业服务费,按面积,月,2.50元/㎡·月,每月15日,70%,{from:yyyy年M月d日}
            {name},TCF,停车管理费,固定,按月,¥150.00,15,,{from:yyyy/M/d}
            """;
        const string Import = "mutation($i: ImportInput!) { importChargeItems(input: $i) { succeeded applied unchanged errors { row column message } } }";
        const string Items = "query($id: ID!) { orgNode(id: $id) { chargeItems { code basis unitPrice dueDay vacantRate effectiveFrom } } }";

        var bad = (await fixture.Api.DataAsync(Import, new { i = new { groupId = fixture.Tree.Group, format = "CSV", content = sheet.Replace("按面积", "按人头", StringComparison.Ordinal) } }))["importChargeItems"]!;
        Assert.Equal((3, "计费方式"), (bad["errors"]![0]!["row"]!.GetValue<int>(), bad["errors"]![0]!["column"]!.GetValue<string>()));
        Assert.Empty((await fixture.Api.DataAsync(Items, new { id = project }))["orgNode"]!["chargeItems"]!.AsArray());

        var report = (await fixture.Api.DataAsync(Import, new { i = new { groupId = fixture.Tree.Group, format = "CSV", content = sheet } }))["importChargeItems"]!;
        Assert.Equal((true, 2), (report["succeeded"]!.GetValue<bool>(), report["applied"]!.GetValue<int>()));
        var items = (await fixture.Api.DataAsync(Items, new { id = project }))["orgNode"]!["chargeItems"]!.AsArray()
            .Select(i => (i!["code"]!.GetValue<string>(), i["basis"]!.GetValue<string>(), i["unitPrice"]!.GetValue<decimal>(), i["dueDay"]!.GetValue<int>(),
                i["vacantRate"]?.GetValue<decimal>(), i["effectiveFrom"]!.GetValue<string>())).ToList();
        Assert.Equal([("TCF", "FIXED", 150m, 15, (decimal?)null, Day(from)), ("WYF", "PER_SQUARE_METRE", 2.50m, 15, 0.7m, Day(from))], items);

        var again = (await fixture.Api.DataAsync(Import, new { i = new { groupId = fixture.Tree.Group, format = "CSV", content = sheet } }))["importChargeItems"]!;
        Assert.Equal((0, 2), (again["applied"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>()));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    private async Task<(string Project, string Building)> NewProjectAsync()
    {
        const string Create = "mutation($i: CreateOrgNodeInput!) { createOrgNode(input: $i) { node { id } } }";
        var parent = fixture.Tree.Branch;
        var name = $"计费项目{Guid.NewGuid():N}"[..10];
        var ids = new List<string>();
        foreach (var (level, nodeName) in new[] { ("PROJECT", name), ("ZONE", "一区"), ("BUILDING", "8栋") })
        {
            parent = (await fixture.Api.DataAsync(Create, new { i = new { parentId = parent, level, name = nodeName } }))["createOrgNode"]!["node"]!["id"]!.GetValue<string>();
            ids.Add(parent);
        }
        return (ids[0], ids[2]);
    }

    private async Task ImportHouseholdAsync(string building, string area)
    {
        var path = string.Join('/', await PathAsync(building));
        var report = (await fixture.Api.DataAsync("mutation($i: ImportInput!) { importHouseholds(input: $i) { succeeded errors { message } } }",
            new { i = new { groupId = fixture.Tree.Group, format = "CSV", content = $"楼栋路径,房号,面积,业主姓名,入住日期\n{path},8-801,{area},陈晨,2020-01-01\n" } }))["importHouseholds"]!;
        Assert.True(report["succeeded"]!.GetValue<bool>(), report.ToJsonString());
    }

    private async Task<List<string>> PathAsync(string building)
    {
        var names = new List<string>();
        for (var id = building; names.Count < 3;)
        {
            var node = (await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { name parent { id } } }", new { id }))["orgNode"]!;
            names.Insert(0, node["name"]!.GetValue<string>());
            id = node["parent"]!["id"]!.GetValue<string>();
        }
        return names;
    }
}
