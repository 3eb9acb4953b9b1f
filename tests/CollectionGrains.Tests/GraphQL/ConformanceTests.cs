using CollectionGrains.Access;
using Xunit.Abstractions;
using CollectionGrains.Billing;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>
/// Clients this project did not write, run with the machine's Node.js and packages from npm (graphql/web):
/// graphql-js, the graphql-ws client and graphql-http's GraphQL-over-HTTP audits, against the real endpoint.
/// </summary>
public sealed class ConformanceTests(ApiFixture fixture, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Graphql_js_builds_a_valid_client_schema_from_introspection_equal_to_the_file_and_validates_the_clients_operations()
    {
        var result = await NodeAsync("client-schema.mjs", fixture.Api.GraphQLUri.ToString(), fixture.Api.TokenFor(Role.GroupAdmin, fixture.Tree.Group));
        Assert.Contains("client schema: ok", result.Output);
    }

    [Fact]
    public async Task The_graphql_ws_client_completes_a_subscription_that_pushes_a_payment()
    {
        var tree = await OrgTree.CreateAsync(fixture.Api.Grains);
        var householdId = $"{tree.Buildings[2]}/8-801";
        var household = fixture.Api.Grains.GetGrain<IHouseholdGrain>(householdId);
        await household.RegisterAsync(BillingFixtures.Household(tree.Project, householdId) with { BuildingId = tree.Buildings[2] });
        await household.IssueBillsAsync([BillingFixtures.Opening("2025-08", 300m)]);

        var result = await NodeAsync("subscribe.mjs", fixture.Api.GraphQLUri.ToString(), fixture.Api.TokenFor(Role.GroupAdmin, tree.Group), tree.Group, householdId, "45.60");

        Assert.Contains("after paying 45.60", result.Output);
        Assert.Contains(await household.GetPaymentsAsync(), p => p.Amount == 45.60m);
    }

    [Fact]
    public async Task Every_graphql_over_http_audit_of_graphql_http_passes()
    {
        var result = await NodeAsync("audit.mjs", fixture.Api.GraphQLUri.ToString(), fixture.Api.TokenFor(Role.GroupAdmin, fixture.Tree.Group));
        Assert.Contains("audits:", result.Output);
    }

    private async Task<ProcessRunner.Result> NodeAsync(string script, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("node", [RepositoryPaths.Combine("graphql", "web", "conformance", script), .. arguments], TimeSpan.FromSeconds(90));
        output.WriteLine(result.Output);
        output.WriteLine(result.Error);
        Assert.True(result.ExitCode == 0, $"node {script} exited {result.ExitCode}:\n{result.Output}\n{result.Error}");
        return result;
    }
}
