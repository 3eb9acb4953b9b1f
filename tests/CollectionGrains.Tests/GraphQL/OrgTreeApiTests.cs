using System.Text.Json.Nodes;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>
/// A tree built through the API only: region → branch → project → zone → building created by the group admin, then
/// households imported into the new building (the import used to refuse every building the demo did not make).
/// </summary>
public sealed class OrgTreeApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Create = "mutation($i: CreateOrgNodeInput!) { createOrgNode(input: $i) { node { id name level } } }";

    [Fact]
    public async Task A_tree_created_through_the_api_takes_households_from_a_sheet()
    {
        var parent = fixture.Tree.Group;
        foreach (var (level, name) in new[] { ("REGION", "华东区域"), ("BRANCH", "上海分公司"), ("PROJECT", "新项目"), ("ZONE", "一区"), ("BUILDING", "1栋") })
        {
            var node = (await fixture.Api.DataAsync(Create, new { i = new { parentId = parent, level, name } }))["createOrgNode"]!["node"]!;
            Assert.Equal((name, level), (node["name"]!.GetValue<string>(), node["level"]!.GetValue<string>()));
            parent = node["id"]!.GetValue<string>();
        }

        var import = (await fixture.Api.DataAsync("mutation($i: ImportInput!) { importHouseholds(input: $i) { succeeded applied errors { row column message } } }",
            new { i = new { groupId = fixture.Tree.Group, format = "CSV", content = "楼栋路径,房号,面积,业主姓名\n新项目/一区/1栋,1-101,88.50,王芳\n" } }))["importHouseholds"]!;

        Assert.True(import["succeeded"]!.GetValue<bool>(), import.ToJsonString());
        Assert.Equal("王芳", (await fixture.Api.DataAsync("query($id: ID!) { household(id: $id) { owner { name } } }",
            new { id = $"{parent}/1-101" }))["household"]!["owner"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_level_out_of_order_is_refused_and_creates_nothing()
    {
        var (_, body) = await fixture.Api.PostAsync(Create, new { i = new { parentId = fixture.Tree.Group, level = "BUILDING", name = "错层楼", code = "wrong" } });

        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(body));
        Assert.Null((await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { id } }", new { id = $"{fixture.Tree.Group}-wrong" }))["orgNode"] as JsonObject);
    }

    [Fact]
    public async Task A_building_moves_to_another_zone_with_its_households_and_is_renamed()
    {
        var (from, to, building) = (fixture.Tree.Zones[0], fixture.Tree.Zones[1], fixture.Tree.Buildings[1]);
        const string Households = "query($id: ID!) { orgNode(id: $id) { totals { households } } }";
        var before = (await fixture.Api.DataAsync(Households, new { id = to }))["orgNode"]!["totals"]!["households"]!.GetValue<long>();

        await fixture.Api.DataAsync("mutation($i: MoveOrgNodeInput!) { moveOrgNode(input: $i) { node { id } } }", new { i = new { nodeId = building, newParentId = to } });
        var renamed = (await fixture.Api.DataAsync("mutation($i: RenameOrgNodeInput!) { renameOrgNode(input: $i) { node { name } } }",
            new { i = new { nodeId = building, name = "2栋（原一区）" } }))["renameOrgNode"]!["node"]!["name"]!.GetValue<string>();

        Assert.Equal("2栋（原一区）", renamed);
        await Infrastructure.Eventually.TrueAsync(async () =>
                (await fixture.Api.DataAsync(Households, new { id = to }))["orgNode"]!["totals"]!["households"]!.GetValue<long>() == before + 1,
            TimeSpan.FromSeconds(15), "the moved building's household counts in its new zone");
        Assert.DoesNotContain(building, (await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { children { edges { node { id } } } } }",
            new { id = from }))["orgNode"]!["children"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_an_empty_node_closes_and_a_closed_building_takes_no_households()
    {
        var zone = (await fixture.Api.DataAsync(Create, new { i = new { parentId = fixture.Tree.Project, level = "ZONE", name = "待撤销区", code = $"close{Guid.NewGuid():N}"[..12] } }))["createOrgNode"]!["node"]!["id"]!.GetValue<string>();
        var building = (await fixture.Api.DataAsync("mutation($i: CreateOrgNodeInput!) { createOrgNode(input: $i) { node { id address latitude longitude } } }",
            new { i = new { parentId = zone, level = "BUILDING", name = "9栋", code = "b9", address = "上海市浦东新区张杨路 100 号", latitude = 31.2304m, longitude = 121.4737m } }))["createOrgNode"]!["node"]!;
        Assert.Equal(("上海市浦东新区张杨路 100 号", 31.2304m, 121.4737m),
            (building["address"]!.GetValue<string>(), building["latitude"]!.GetValue<decimal>(), building["longitude"]!.GetValue<decimal>()));
        var buildingId = building["id"]!.GetValue<string>();
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code((await fixture.Api.PostAsync("mutation($i: SetBuildingLocationInput!) { setBuildingLocation(input: $i) { node { id } } }",
            new { i = new { nodeId = buildingId, latitude = 95m, longitude = 121m } })).Body));

        const string Close = "mutation($id: ID!) { closeOrgNode(input: {nodeId: $id}) { closedId parent { id } } }";
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code((await fixture.Api.PostAsync(Close, new { id = zone })).Body));   // it holds the building
        // A collector works at the zone: the zone does not close until they work elsewhere.
        var collector = $"zc-{Guid.NewGuid():N}"[..12];
        await fixture.Api.DataAsync("mutation($u: String!, $s: ID!) { createUser(input: {username: $u, displayName: \"收费员 韩梅\", role: COLLECTOR, scopeId: $s, password: \"片区收费员口令-2026\"}) { user { username } } }",
            new { u = collector, s = zone });
        var closed = (await fixture.Api.DataAsync(Close, new { id = buildingId }))["closeOrgNode"]!;
        Assert.Equal(zone, closed["parent"]!["id"]!.GetValue<string>());
        Assert.Null((await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { id } }", new { id = buildingId }))["orgNode"] as JsonObject);
        Assert.Empty((await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { children { edges { node { id } } } } }", new { id = zone }))["orgNode"]!["children"]!["edges"]!.AsArray());

        var household = $"{buildingId}/1-101";
        await Assert.ThrowsAnyAsync<Exception>(() => fixture.Api.Grains.GetGrain<CollectionGrains.Billing.IHouseholdGrain>(household)
            .RegisterAsync(Billing.BillingFixtures.Household(fixture.Tree.Project, household) with { BuildingId = buildingId }));
        var (_, withUser) = await fixture.Api.PostAsync(Close, new { id = zone });
        Assert.Contains(collector, withUser["errors"]![0]!["message"]!.GetValue<string>());
        await fixture.Api.DataAsync("mutation($u: String!, $s: ID!) { updateUser(input: {username: $u, scopeId: $s}) { user { username } } }", new { u = collector, s = fixture.Tree.Project });
        await fixture.Api.DataAsync(Close, new { id = zone });   // empty now
        Assert.Null((await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { id } }", new { id = zone }))["orgNode"] as JsonObject);
    }

    [Fact]
    public async Task A_building_with_households_does_not_close()
    {
        var (_, body) = await fixture.Api.PostAsync("mutation($id: ID!) { closeOrgNode(input: {nodeId: $id}) { closedId } }", new { id = fixture.Tree.Buildings[0] });

        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(body));
        Assert.Contains("household", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.NotNull((await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { id } }", new { id = fixture.Tree.Buildings[0] }))["orgNode"] as JsonObject);
    }
}
