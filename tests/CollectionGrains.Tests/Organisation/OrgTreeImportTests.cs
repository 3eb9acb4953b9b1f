using System.Text;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Organisation;

/// <summary>
/// A group puts its tree in from the sheet it keeps: an .xlsx made by LibreOffice creates every missing node (ten here,
/// counted by hand), a second import changes nothing, a sheet with one bad cell names its row and column and creates
/// nothing, and the new buildings take households from the household sheet.
/// </summary>
public sealed class OrgTreeImportTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Import = "mutation($i: ImportInput!) { importOrgTree(input: $i) { succeeded rows applied unchanged errors { row column message } } }";

    [Fact]
    public async Task A_tree_sheet_creates_what_is_missing_once_and_its_buildings_take_households()
    {
        var region = $"HD{Guid.NewGuid():N}"[..8];
        var xlsx = await LibreOffice.ConvertAsync(Encoding.UTF8.GetBytes(TreeSheets.Tree(region)), "fods", "xlsx");
        var before = await CountBelowAsync(fixture.Tree.Group);

        var first = await ImportAsync("XLSX_BASE64", Convert.ToBase64String(xlsx));
        Assert.True(first["succeeded"]!.GetValue<bool>(), first.ToJsonString());
        Assert.Equal((3, 3, 0), (first["rows"]!.GetValue<int>(), first["applied"]!.GetValue<int>(), first["unchanged"]!.GetValue<int>()));
        // 1 region, 2 branches, 2 projects, 2 zones, 3 buildings.
        Assert.Equal(before + 10, await CountBelowAsync(fixture.Tree.Group));
        var project = $"{fixture.Tree.Group}-{region}-SH-CHTD";
        var building = (await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { children { edges { node { children { edges { node { name address latitude longitude } } } } } } } }",
            new { id = project }))["orgNode"]!["children"]!["edges"]![0]!["node"]!["children"]!["edges"]![0]!["node"]!;
        Assert.Equal(("1栋", "上海市黄浦区马当路 1 号", 31.2156m, 121.4737m),
            (building["name"]!.GetValue<string>(), building["address"]!.GetValue<string>(), building["latitude"]!.GetValue<decimal>(), building["longitude"]!.GetValue<decimal>()));

        var again = await ImportAsync("XLSX_BASE64", Convert.ToBase64String(xlsx));
        Assert.Equal((0, 3), (again["applied"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>()));
        Assert.Equal(before + 10, await CountBelowAsync(fixture.Tree.Group));

        var households = (await fixture.Api.DataAsync("mutation($i: ImportInput!) { importHouseholds(input: $i) { succeeded applied errors { message } } }",
            new { i = new { groupId = fixture.Tree.Group, format = "CSV", content = "楼栋路径,房号,面积,业主姓名\n翠湖天地/一区/1栋,1-101,96.00,周敏\n西溪里/北区/5幢,5-302,110.20,吴磊\n" } }))["importHouseholds"]!;
        Assert.True(households["succeeded"]!.GetValue<bool>(), households.ToJsonString());
        Assert.Equal(2, households["applied"]!.GetValue<int>());
    }

    [Fact]
    public async Task One_bad_cell_names_its_row_and_column_and_nothing_is_created()
    {
        var before = await CountBelowAsync(fixture.Tree.Group);
        var csv = """
            区域,区域编码,分公司,项目,管理区,楼栋,纬度,经度
            华中区域,HN,武汉分公司,云山府,一区,1栋,30.5928,114.3055
            华中区域,HN,武汉分公司,云山府,一区,2栋,北纬30度,114.3055
            """;

        var report = await ImportAsync("CSV", csv);

        Assert.False(report["succeeded"]!.GetValue<bool>());
        var error = report["errors"]![0]!;
        Assert.Equal((3, "纬度"), (error["row"]!.GetValue<int>(), error["column"]!.GetValue<string>()));
        Assert.Equal(before, await CountBelowAsync(fixture.Tree.Group));
        Assert.Null(await fixture.Api.Grains.GetGrain<IOrgNodeGrain>($"{fixture.Tree.Group}-HN").GetAsync());
    }

    [Fact]
    public async Task A_code_that_names_another_node_is_an_error_of_its_column()
    {
        var code = $"X{Guid.NewGuid():N}"[..8];
        Assert.True((await ImportAsync("CSV", $"区域,区域编码,分公司,项目,管理区,楼栋\n西南区域,{code},成都分公司,锦城,一区,1栋\n"))["succeeded"]!.GetValue<bool>());

        var report = await ImportAsync("CSV", $"区域,区域编码,分公司,项目,管理区,楼栋\n西北区域,{code},西安分公司,曲江,一区,1栋\n");

        var error = report["errors"]![0]!;
        Assert.Equal((2, "区域编码"), (error["row"]!.GetValue<int>(), error["column"]!.GetValue<string>()));
        Assert.Contains("西南区域", error["message"]!.GetValue<string>());
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ImportAsync(string format, string content) =>
        (await fixture.Api.DataAsync(Import, new { i = new { groupId = fixture.Tree.Group, format, content } }))["importOrgTree"]!;

    private async Task<int> CountBelowAsync(string nodeId)
    {
        var children = await fixture.Api.Grains.GetGrain<IOrgNodeGrain>(nodeId).GetChildrenAsync();
        var count = children.Count;
        foreach (var child in children)
        {
            count += await CountBelowAsync(child.Info.Id);
        }
        return count;
    }
}
