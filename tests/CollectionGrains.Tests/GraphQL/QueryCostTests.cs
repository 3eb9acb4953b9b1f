namespace CollectionGrains.Tests.GraphQL;

/// <summary>The cost limit counts grain calls: the dashboard's drill-down passes, an abusive fan-out does not.</summary>
public sealed class QueryCostTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static string DrillDown(params int[] pageSizes) =>
        "query($id: ID!) { orgNode(id: $id) { name totals { collectionRate arrearsPrincipal arrearsByAge { bucket amount } } "
        + string.Concat(pageSizes.Select(n => $"children(first: {n}) {{ totalCount edges {{ node {{ id name totals {{ collectionRate collectionRateYear arrearsPrincipal lateFees }} ")) + "id"
        + string.Concat(pageSizes.Select(_ => " } } }")) + " } }";

    [Fact]
    public async Task A_three_level_drill_down_of_20_by_20_by_50_nodes_with_their_totals_is_answered()
    {
        var (status, body) = await fixture.Api.PostAsync(DrillDown(20, 20, 50), new { id = fixture.Tree.Group });

        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
        Assert.NotNull(body["data"]!["orgNode"]!["children"]);
    }

    [Fact]
    public async Task Four_levels_of_a_hundred_children_each_are_refused_before_anything_runs()
    {
        var (status, body) = await fixture.Api.PostAsync(DrillDown(100, 100, 100, 100), new { id = fixture.Tree.Group });

        Assert.Equal((400, "BAD_USER_INPUT"), (status, ApiFixture.Code(body)));
        Assert.Contains("complexity", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }
}
