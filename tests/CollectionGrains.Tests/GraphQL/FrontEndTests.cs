using CollectionGrains.Billing;
using Microsoft.Extensions.DependencyInjection;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>The stand-alone front end: the same API as an Orleans client that finds the silo through PostgreSQL membership.</summary>
public sealed class FrontEndTests
{
    [Fact]
    public async Task The_front_end_reads_pays_and_pushes_through_a_silo_it_found_in_the_membership_table()
    {
        var clusterId = TestSilo.NewClusterId("frontend");
        await using var silo = await TestSilo.StartAsync(clusterId);
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var householdId = $"{tree.Buildings[0]}/1-101";
        await silo.Grains.GetGrain<IHouseholdGrain>(householdId).RegisterAsync(BillingFixtures.Household(tree.Project, householdId) with { BuildingId = tree.Buildings[0] });
        await silo.Grains.GetGrain<IHouseholdGrain>(householdId).IssueBillsAsync([BillingFixtures.Opening("2025-09", 210m)]);
        await using var frontEnd = await TestApi.StartFrontEndAsync(clusterId);
        frontEnd.SignIn(CollectionGrains.Access.Role.GroupAdmin, tree.Group);

        var read = await frontEnd.DataAsync("query($id: ID!) { orgNode(id: $id) { name level children { totalCount } } }", new { id = tree.Project });
        var paid = await frontEnd.DataAsync("""
            mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { appliedNow payment { amount } } }
            """, new { input = new { paymentId = BillingFixtures.NewId("fe"), householdId, amount = "10.00", channel = "COUNTER", paidAt = "2026-01-02T09:00:00+08:00" } });
        var owed = (await silo.Grains.GetGrain<IHouseholdGrain>(householdId).GetArrearsAsync(null)).Total;
        await Eventually.TrueAsync(async () => (await silo.Grains.GetGrain<CollectionGrains.Organisation.IOrgNodeGrain>(tree.Group).GetAsync())!.Totals
                is var totals && totals.ArrearsPrincipal + totals.LateFees == owed,
            TimeSpan.FromSeconds(10), "the first payment reaches the group before the subscription starts");
        var result = await ProcessRunner.RunAsync("node",
            [RepositoryPaths.Combine("graphql", "web", "conformance", "subscribe.mjs"), frontEnd.GraphQLUri.ToString(), frontEnd.TokenFor(CollectionGrains.Access.Role.GroupAdmin, tree.Group), tree.Group, householdId, "20.00"], TimeSpan.FromSeconds(90));

        Assert.Equal(("幸福里", "PROJECT", 2), (read["orgNode"]!["name"]!.GetValue<string>(), read["orgNode"]!["level"]!.GetValue<string>(), read["orgNode"]!["children"]!["totalCount"]!.GetValue<int>()));
        Assert.True(paid["recordPayment"]!["appliedNow"]!.GetValue<bool>());
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(2, (await silo.Grains.GetGrain<IHouseholdGrain>(householdId).GetPaymentsAsync()).Count);
        Assert.Null(frontEnd.Services.GetService<Orleans.Runtime.ILocalSiloDetails>());  // a client, hosting no grains
        // The web app too, and its health for the load balancer.
        using var http = new HttpClient { BaseAddress = frontEnd.BaseUri };
        Assert.Contains("<script type=\"module\" src=\"/app/main.js\">", await http.GetStringAsync("/"));
        Assert.Contains("\"healthy\"", await http.GetStringAsync("/health"));
    }
}
