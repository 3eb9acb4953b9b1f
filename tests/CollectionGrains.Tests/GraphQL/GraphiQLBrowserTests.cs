using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>
/// GraphiQL's sign-in in a real browser (Debian's Chromium driven by playwright-core): a document with a SignIn
/// mutation and a query, SignIn chosen from the execute button, then the query answered as the signed-in user.
/// </summary>
public sealed class GraphiQLBrowserTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Signing_in_on_the_GraphiQL_page_keeps_the_token_for_the_next_query()
    {
        var username = $"page{Guid.NewGuid():N}"[..16];
        await fixture.Api.Grains.GetGrain<IUserGrain>(username)
            .CreateAsync(new NewUser(new UserAccount(username, "页面用户", Role.Auditor, fixture.Tree.Group), "页面登录口令-2026"));

        var result = await ProcessRunner.RunAsync("node",
            [RepositoryPaths.Combine("graphql", "web", "browser", "graphiql-signin.mjs"), fixture.Api.BaseUri.ToString().TrimEnd('/'), username, "页面登录口令-2026"],
            TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, $"{result.Output}\n{result.Error}");
        var outcome = JsonNode.Parse(result.Output.Trim().Split('\n')[^1])!;
        Assert.True(outcome["me"]!.GetValue<bool>(), result.Output);
        Assert.False(outcome["unauthenticated"]!.GetValue<bool>(), result.Output);
    }
}
