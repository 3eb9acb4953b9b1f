using System.Text;
using System.Text.Json.Nodes;
using CollectionGrains.Silo.Demo;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Outreach;

/// <summary>
/// The public notice (不记名公示) against the demo's own data: a building of the demo generator's households, every one
/// in arrears, imported as an office would send them; the rendered notice names none of their owners or phones and
/// shows every room masked.
/// </summary>
public sealed class DemoPublicNoticeTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private OrgTree _tree = null!;

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("demo-notice"));
        _tree = await OrgTree.CreateAsync(_api.Grains);
        _api.SignIn(CollectionGrains.Access.Role.GroupAdmin, _tree.Group);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_public_notice_of_a_demo_building_holds_no_demo_owner_name_or_phone_and_masks_every_room()
    {
        var demo = new DemoPlan(100, Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow), months: 3).Projects[0].Households.Select(h => h.Profile).ToList();
        var households = new StringBuilder("楼栋路径,房号,面积,业主姓名,客户类型,电话,空置,入住日期\n");
        var arrears = new StringBuilder("楼栋路径,房号,收费项目编码,收费项目,账期,应缴日期,欠费金额\n");
        foreach (var (profile, i) in demo.Select((p, i) => (p, i)))
        {
            households.Append(FormattableString.Invariant($"幸福里/一区/1栋,{profile.Room},{profile.Area},{profile.OwnerName},{(profile.CustomerType == CollectionGrains.Billing.CustomerType.Corporate ? "企业" : "个人")},{profile.Phones[0]},{(profile.IsVacant ? "是" : "否")},\n"));
            arrears.Append(FormattableString.Invariant($"幸福里/一区/1栋,{profile.Room},property,物业费,2025-06,2025-06-15,{100 + i}.50\n"));
        }
        const string Import = "mutation($g: ID!, $c: String!) { importHouseholds(input: {groupId: $g, format: CSV, content: $c}) { applied errors { row message } } }";
        Assert.Equal(demo.Count, (await _api.DataAsync(Import, new { g = _tree.Group, c = households.ToString() }))["importHouseholds"]!["applied"]!.GetValue<int>());
        Assert.True((await _api.DataAsync(Import.Replace("importHouseholds", "importOpeningArrears").Replace("applied errors { row message }", "succeeded"),
            new { g = _tree.Group, c = arrears.ToString() }))["importOpeningArrears"]!["succeeded"]!.GetValue<bool>());

        var batchId = "DEMO-PUB-" + Guid.NewGuid().ToString("N")[..8];
        await Eventually.TrueAsync(async () => (await _api.DataAsync("query($b: ID!) { arrears(nodeId: $b, first: 1) { totalCount } }", new { b = _tree.Buildings[0] }))
            ["arrears"]!["totalCount"]!.GetValue<int>() == demo.Count, TimeSpan.FromSeconds(30), "every household of the building is on its arrears list");
        Assert.Equal(demo.Count, (await _api.DataAsync("mutation($i: IssueNoticesInput!) { issueNotices(input: $i) { total } }",
            new { i = new { nodeId = _tree.Buildings[0], kind = "PUBLIC_NOTICE", batchId } }))["issueNotices"]!["total"]!.GetValue<int>());
        await Eventually.TrueAsync(async () => (await _api.DataAsync("query($id: ID!) { noticeBatch(id: $id) { finishedAt } }", new { id = batchId }))["noticeBatch"]!["finishedAt"] is not null,
            TimeSpan.FromSeconds(60), "the batch finishes");
        var notice = (await _api.DataAsync("query($id: ID!) { household(id: $id) { notices { kind pdfUrl html } } }", new { id = $"{_tree.Buildings[0]}/{demo[0].Room}" }))
            ["household"]!["notices"]!.AsArray().Single(n => n!["kind"]!.GetValue<string>() == "PUBLIC_NOTICE")!;
        using var pdf = await _api.Http.GetAsync(notice["pdfUrl"]!.GetValue<string>());
        var text = await PrintedDocuments.PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync());
        var html = notice["html"]!.GetValue<string>();

        foreach (var profile in demo)
        {
            foreach (var personal in new[] { profile.OwnerName, profile.Phones[0], profile.Room })
            {
                Assert.DoesNotContain(personal, text);
                Assert.DoesNotContain(personal, html);
            }
            // 1-0203 → 1-**03: the room's last two digits with the building unit, nothing more.
            Assert.Contains($"{profile.Room[..2]}**{profile.Room[^2..]}", text);
        }
    }
}
