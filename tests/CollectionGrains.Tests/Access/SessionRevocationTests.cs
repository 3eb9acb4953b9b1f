using CollectionGrains.Access;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Infrastructure.GraphQLSocket;

namespace CollectionGrains.Tests.Access;

/// <summary>
/// Tokens stop when their user does: a disabled user's live token and open subscription stop at once, revoking sessions
/// ends every token issued so far, and a disabled user cannot sign in until enabled again.
/// </summary>
public sealed class SessionRevocationTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private const string Login = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }";
    private const string Password = "长期有效的口令-2026";

    [Fact]
    public async Task A_disabled_users_token_and_open_subscription_stop_at_once()
    {
        var name = await CreateUserAsync(Role.Finance);
        var token = await LogInAsync(name);
        using var socket = await ConnectAsync(fixture.Api.WebSocketUri);
        await SendAsync(socket, new { type = "connection_init", payload = new { token } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, new { id = "t", type = "subscribe", payload = new { query = "subscription($id: ID!) { totalsChanged(nodeId: $id) { households } }", variables = new { id = fixture.Project(1) } } });
        Assert.Equal("next", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        Assert.Equal(name, (await fixture.Api.DataAsync("{ me { username } }", token: token))["me"]!["username"]!.GetValue<string>());

        var disabled = await fixture.Api.DataAsync("mutation($u: String!) { disableUser(input: {username: $u}) { disabled user { username } } }",
            new { u = name }, token: fixture.TokenFor(Role.GroupAdmin));
        Assert.True(disabled["disableUser"]!["disabled"]!.GetValue<bool>());

        var (status, body) = await fixture.Api.PostAsync("{ me { username } }", token: token);
        Assert.Equal((401, "UNAUTHENTICATED"), (status, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
        await SendAsync(socket, new { type = "ping" });
        Assert.Equal(4403, await ClosedWithAsync(socket));
        Assert.Equal("UNAUTHENTICATED", (await fixture.Api.PostAsync(Login, new { u = name, p = Password })).Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        await fixture.Api.DataAsync("mutation($u: String!) { enableUser(input: {username: $u}) { disabled } }", new { u = name }, token: fixture.TokenFor(Role.GroupAdmin));
        Assert.Equal(401, (await fixture.Api.PostAsync("{ me { username } }", token: token)).Status);   // the old token stays ended
        Assert.Equal(name, (await fixture.Api.DataAsync("{ me { username } }", token: await LogInAsync(name)))["me"]!["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task Revoking_sessions_ends_every_token_issued_so_far_and_a_new_login_works()
    {
        var name = await CreateUserAsync(Role.Collector);
        var (first, second) = (await LogInAsync(name), await LogInAsync(name));

        await fixture.Api.DataAsync("mutation($u: String!) { revokeSessions(input: {username: $u}) { disabled } }", new { u = name }, token: fixture.TokenFor(Role.GroupAdmin));

        Assert.Equal(401, (await fixture.Api.PostAsync("{ me { username } }", token: first)).Status);
        Assert.Equal(401, (await fixture.Api.PostAsync("{ me { username } }", token: second)).Status);
        Assert.Equal(name, (await fixture.Api.DataAsync("{ me { username } }", token: await LogInAsync(name)))["me"]!["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_manager_above_the_users_role_in_its_scope_disables_and_not_themselves()
    {
        var name = await CreateUserAsync(Role.Collector);
        const string Disable = "mutation($u: String!) { disableUser(input: {username: $u}) { disabled } }";

        var bySupervisor = await fixture.Api.PostAsync(Disable, new { u = name }, token: fixture.TokenFor(Role.Supervisor));
        var byOtherGroup = await fixture.Api.PostAsync(Disable, new { u = name }, token: fixture.Api.TokenFor(Role.GroupAdmin, fixture.OtherGroup, "other-admin"));
        var self = await fixture.Api.PostAsync(Disable, new { u = "groupadmin-user" }, token: fixture.TokenFor(Role.GroupAdmin));

        Assert.Equal("FORBIDDEN", bySupervisor.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", byOtherGroup.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.NotNull(self.Body["errors"]);
        Assert.False((await fixture.Api.Grains.GetGrain<IUserGrain>(name).GetSessionAsync())!.Disabled);
    }

    private async Task<string> CreateUserAsync(Role role)
    {
        var name = $"u{Guid.NewGuid():N}"[..16];
        await fixture.Api.Grains.GetGrain<IUserGrain>(name).CreateAsync(new NewUser(new UserAccount(name, "测试用户", role, fixture.Project(1)), Password));
        return name;
    }

    private async Task<string> LogInAsync(string name) =>
        (await fixture.Api.DataAsync(Login, new { u = name, p = Password }))["login"]!["token"]!.GetValue<string>();
}
