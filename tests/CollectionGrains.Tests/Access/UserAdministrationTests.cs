using System.Text.Json.Nodes;
using CollectionGrains.Access;

namespace CollectionGrains.Tests.Access;

/// <summary>
/// Users through the API as a group sets itself up: the group admin creates a project manager, who creates their
/// collectors and nothing outside their project or above their role; the password policy; a reset that forces a change;
/// a change of scope that the user's next request already obeys; listing users by subtree.
/// </summary>
public sealed class UserAdministrationTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private const string Create = """
        mutation($u: String!, $n: String!, $r: Role!, $s: ID!, $p: String!) {
          createUser(input: {username: $u, displayName: $n, role: $r, scopeId: $s, password: $p, phone: "13800000000"}) {
            user { username role scope { id } phone } disabled mustChangePassword } }
        """;
    private const string Login = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }";
    private const string StrongPassword = "项目经理的长口令-2026";

    [Fact]
    public async Task A_project_manager_creates_collectors_of_their_project_and_nothing_above_or_outside()
    {
        var manager = Name("pm");
        var created = await fixture.Api.DataAsync(Create, new { u = manager, n = "项目经理 周杰", r = "PROJECT_MANAGER", s = fixture.Project(1), p = StrongPassword },
            token: fixture.TokenFor(Role.GroupAdmin));
        Assert.Equal("PROJECT_MANAGER", created["createUser"]!["user"]!["role"]!.GetValue<string>());
        Assert.True(created["createUser"]!["mustChangePassword"]!.GetValue<bool>());
        Assert.Equal("PASSWORD_CHANGE_REQUIRED", await CodeAsync(Login, new { u = manager, p = StrongPassword }, null));
        var token = await FirstSignInAsync(manager, StrongPassword);

        var collector = Name("col");
        var ok = await fixture.Api.DataAsync(Create, new { u = collector, n = "收费员 吴敏", r = "COLLECTOR", s = fixture.Project(1), p = "收费员口令-abc-2026" }, token: token);
        Assert.Equal(fixture.Project(1), ok["createUser"]!["user"]!["scope"]!["id"]!.GetValue<string>());

        Assert.Equal("NOT_FOUND", await CodeAsync(Create, new { u = Name("x"), n = "外项目", r = "COLLECTOR", s = fixture.Project(2), p = "收费员口令-abc-2026" }, token));
        Assert.Equal("FORBIDDEN", await CodeAsync(Create, new { u = Name("x"), n = "越权", r = "BRANCH_MANAGER", s = fixture.Project(1), p = "收费员口令-abc-2026" }, token));
        Assert.Equal("FORBIDDEN", await CodeAsync(Create, new { u = Name("x"), n = "财务", r = "FINANCE", s = fixture.Project(1), p = "收费员口令-abc-2026" }, token));
        Assert.Equal("FORBIDDEN", await CodeAsync(Create, new { u = Name("x"), n = "收费员", r = "COLLECTOR", s = fixture.Project(1), p = "收费员口令-abc-2026" },
            await FirstSignInAsync(collector, "收费员口令-abc-2026")));
        // A project manager does not manage another project manager, even of the same project.
        var peer = Name("pm2");
        await fixture.Api.DataAsync(Create, new { u = peer, n = "另一项目经理", r = "PROJECT_MANAGER", s = fixture.Project(1), p = StrongPassword }, token: fixture.TokenFor(Role.GroupAdmin));
        Assert.Equal("FORBIDDEN", await CodeAsync("mutation($u: String!) { disableUser(input: {username: $u}) { disabled } }", new { u = peer }, token));
        var disabled = await fixture.Api.DataAsync("mutation($u: String!) { disableUser(input: {username: $u}) { disabled } }", new { u = collector }, token: token);
        Assert.True(disabled["disableUser"]!["disabled"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("short-1")]            // under 10 characters
    [InlineData("zhao-liu-2026")]      // contains the username
    [InlineData("1qaz2wsx3edc")]       // on the shipped list
    [InlineData("WOAINI1314")]         // on the list, in other case
    public async Task A_password_against_the_policy_is_refused_and_no_user_is_created(string password)
    {
        var name = "zhao-liu-" + Guid.NewGuid().ToString("N")[..6];
        var variables = new { u = name, n = "赵六", r = "COLLECTOR", s = fixture.Project(1), p = password.Replace("zhao-liu-2026", name + "-2026", StringComparison.Ordinal) };
        Assert.Equal("BAD_USER_INPUT", await CodeAsync(Create, variables, fixture.TokenFor(Role.GroupAdmin)));
        Assert.Null(await fixture.Api.Grains.GetGrain<IUserGrain>(name).GetAsync());
    }

    [Fact]
    public async Task A_reset_password_ends_the_old_tokens_and_must_be_changed_before_the_user_gets_a_token()
    {
        var name = Name("reset");
        await fixture.Api.DataAsync(Create, new { u = name, n = "收费员 孙丽", r = "COLLECTOR", s = fixture.Project(1), p = "原来的口令-2026" }, token: fixture.TokenFor(Role.GroupAdmin));
        var old = await FirstSignInAsync(name, "原来的口令-2026");

        var reset = await fixture.Api.DataAsync("mutation($u: String!) { resetPassword(input: {username: $u, newPassword: \"临时口令-请修改-1\"}) { mustChangePassword } }",
            new { u = name }, token: fixture.TokenFor(Role.ProjectManager));
        Assert.True(reset["resetPassword"]!["mustChangePassword"]!.GetValue<bool>());
        Assert.Equal(401, (await fixture.Api.PostAsync("{ me { username } }", token: old)).Status);
        Assert.Equal("PASSWORD_CHANGE_REQUIRED", await CodeAsync(Login, new { u = name, p = "临时口令-请修改-1" }, null));
        Assert.Equal("UNAUTHENTICATED", await CodeAsync(Login, new { u = name, p = "原来的口令-2026" }, null));

        const string Change = "mutation($u: String!, $c: String!, $n: String!) { changeMyPassword(input: {username: $u, currentPassword: $c, newPassword: $n}) { token } }";
        Assert.Equal("BAD_USER_INPUT", await CodeAsync(Change, new { u = name, c = "临时口令-请修改-1", n = "short" }, null));
        var changed = await fixture.Api.DataAsync(Change, new { u = name, c = "临时口令-请修改-1", n = "我自己的新口令-2026" });
        var token = changed["changeMyPassword"]!["token"]!.GetValue<string>();
        Assert.Equal(name, (await fixture.Api.DataAsync("{ me { username } }", token: token))["me"]!["username"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", await CodeAsync(Login, new { u = name, p = "临时口令-请修改-1" }, null));
        await LogInAsync(name, "我自己的新口令-2026");
    }

    [Fact]
    public async Task A_new_scope_applies_to_the_users_next_request_and_users_lists_by_subtree()
    {
        var name = Name("move");
        await fixture.Api.DataAsync(Create, new { u = name, n = "收费员 郑浩", r = "COLLECTOR", s = fixture.Project(1), p = "调动前的口令-2026" }, token: fixture.TokenFor(Role.GroupAdmin));
        var token = await FirstSignInAsync(name, "调动前的口令-2026");
        const string Node = "query($id: ID!) { orgNode(id: $id) { id } }";
        Assert.NotNull((await fixture.Api.DataAsync(Node, new { id = fixture.Project(1) }, token: token))["orgNode"]);

        await fixture.Api.DataAsync("mutation($u: String!, $s: ID!) { updateUser(input: {username: $u, scopeId: $s}) { user { scope { id } } } }",
            new { u = name, s = fixture.Project(2) }, token: fixture.TokenFor(Role.BranchManager));

        Assert.Null((await fixture.Api.DataAsync(Node, new { id = fixture.Project(1) }, token: token))["orgNode"]);   // outside: as if absent
        Assert.NotNull((await fixture.Api.DataAsync(Node, new { id = fixture.Project(2) }, token: token))["orgNode"]);
        const string Users = "query($s: ID!) { users(scopeId: $s, first: 200) { edges { node { user { username phone } } } } }";
        Assert.Contains(name, await UsernamesAsync(Users, fixture.Project(2), fixture.TokenFor(Role.GroupAdmin)));
        var listed = (await fixture.Api.DataAsync(Users, new { s = fixture.Project(2) }, token: fixture.TokenFor(Role.GroupAdmin)))["users"]!["edges"]!.AsArray()
            .Single(e => e!["node"]!["user"]!["username"]!.GetValue<string>() == name)!;
        Assert.Equal("13800000000", listed["node"]!["user"]!["phone"]!.GetValue<string>());
        Assert.Contains(name, await UsernamesAsync(Users, fixture.Id("b1"), fixture.TokenFor(Role.BranchManager)));
        Assert.DoesNotContain(name, await UsernamesAsync(Users, fixture.Project(1), fixture.TokenFor(Role.GroupAdmin)));
        Assert.Equal("NOT_FOUND", await CodeAsync(Users, new { s = fixture.Project(2) }, fixture.TokenFor(Role.ProjectManager)));
    }

    private static string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private async Task<List<string>> UsernamesAsync(string query, string scope, string token) =>
        [.. (await fixture.Api.DataAsync(query, new { s = scope }, token: token))["users"]!["edges"]!.AsArray()
            .Select(e => e!["node"]!["user"]!["username"]!.GetValue<string>())];

    /// <summary>The first sign-in of a user someone else created: the given password changed for one of their own; answers the token.</summary>
    private async Task<string> FirstSignInAsync(string username, string given) =>
        (await fixture.Api.DataAsync("mutation($u: String!, $c: String!, $n: String!) { changeMyPassword(input: {username: $u, currentPassword: $c, newPassword: $n}) { token } }",
            new { u = username, c = given, n = given + "-本人修改" }))["changeMyPassword"]!["token"]!.GetValue<string>();

    private async Task<string> LogInAsync(string username, string password) =>
        (await fixture.Api.DataAsync(Login, new { u = username, p = password }))["login"]!["token"]!.GetValue<string>();

    private async Task<string?> CodeAsync(string query, object variables, string? token)
    {
        var (_, body) = await fixture.Api.PostAsync(query, variables, token: token);
        return body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
    }

    [Fact]
    public async Task Users_come_from_a_sheet_with_collectors_packages_and_a_bad_row_creates_nobody()
    {
        var (manager, collector) = (Name("imp-pm"), Name("imp-col"));
        var scope = "华南区域/深圳分公司/项目1";
        const string Import = "mutation($i: ImportInput!) { importUsers(input: $i) { succeeded applied unchanged errors { row column message } } }";
        var bad = $"""
            用户名,姓名,电话,角色,所属组织,初始密码,负责楼栋
            {manager},项目经理 钱多多,13700000001,项目经理,{scope},初始口令-请修改-01,
            {collector},收费员 孙立,13700000002,保安,{scope},初始口令-请修改-02,一区/1栋
            """;
        var refused = (await fixture.Api.DataAsync(Import, new { i = new { groupId = fixture.Group, format = "CSV", content = bad } }, token: fixture.TokenFor(Role.GroupAdmin)))["importUsers"]!;
        Assert.False(refused["succeeded"]!.GetValue<bool>());
        Assert.Equal((3, "角色"), (refused["errors"]![0]!["row"]!.GetValue<int>(), refused["errors"]![0]!["column"]!.GetValue<string>()));
        Assert.Null(await fixture.Api.Grains.GetGrain<IUserGrain>(manager).GetAsync());

        var sheet = bad.Replace(",保安,", ",收费员,", StringComparison.Ordinal);
        var report = (await fixture.Api.DataAsync(Import, new { i = new { groupId = fixture.Group, format = "CSV", content = sheet } }, token: fixture.TokenFor(Role.GroupAdmin)))["importUsers"]!;
        Assert.True(report["succeeded"]!.GetValue<bool>(), report.ToJsonString());
        Assert.Equal(2, report["applied"]!.GetValue<int>());
        var imported = (await fixture.Api.Grains.GetGrain<IUserGrain>(manager).GetAsync())!;
        Assert.Equal((Role.ProjectManager, fixture.Project(1), "13700000001"), (imported.Role, imported.ScopeNodeId, imported.Phone));
        Assert.Equal("PASSWORD_CHANGE_REQUIRED", await CodeAsync(Login, new { u = collector, p = "初始口令-请修改-02" }, null));
        // The package: every household of project 1's building (two in the fixture) is now the imported collector's.
        var cases = await fixture.Api.Grains.GetGrain<CollectionGrains.Collection.ICollectorGrain>(collector).GetCasesAsync();
        Assert.Equal([fixture.Household(1), fixture.EscalatedHousehold], cases.Select(c => c.HouseholdId).Where(h => !h.Contains("/n", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

        var again = (await fixture.Api.DataAsync(Import, new { i = new { groupId = fixture.Group, format = "CSV", content = sheet } }, token: fixture.TokenFor(Role.GroupAdmin)))["importUsers"]!;
        Assert.Equal((0, 2), (again["applied"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>()));
    }
}
