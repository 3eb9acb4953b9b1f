using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Access;

/// <summary>Login through the API against users stored in PostgreSQL (PBKDF2 hashes): tokens that work, refusals, rate limits, and the audit of it all.</summary>
public sealed class LoginTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private const string Login = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token expiresAt user { username role scope { id } } } }";

    [Fact]
    public async Task A_user_logs_in_and_the_token_reads_as_that_user_within_their_scope()
    {
        var name = await CreateUserAsync(Role.Collector, fixture.Project(1), "s3cret-pass");

        var (status, body) = await fixture.Api.PostAsync(Login, new { u = name, p = "s3cret-pass" });
        var login = body["data"]!["login"]!;
        var token = login["token"]!.GetValue<string>();
        var me = await fixture.Api.DataAsync("{ me { username role } orgRoots { id } }", token: token);
        var (outsideStatus, outside) = await fixture.Api.PostAsync("query($id: ID!) { orgNode(id: $id) { id } }", new { id = fixture.Project(2) }, token: token);

        Assert.Equal(200, status);
        Assert.Equal(("COLLECTOR", fixture.Project(1)), (login["user"]!["role"]!.GetValue<string>(), login["user"]!["scope"]!["id"]!.GetValue<string>()));
        Assert.True(DateTimeOffset.Parse(login["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddHours(7));
        Assert.Equal((name, fixture.Project(1)), (me["me"]!["username"]!.GetValue<string>(), me["orgRoots"]![0]!["id"]!.GetValue<string>()));
        Assert.Single(me["orgRoots"]!.AsArray());
        Assert.Equal(200, outsideStatus);
        Assert.Null(outside["data"]!["orgNode"]);
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_user_is_unauthenticated_alike()
    {
        var name = await CreateUserAsync(Role.Finance, fixture.Group, "right-password");
        var wrong = await fixture.Api.PostAsync(Login, new { u = name, p = "wrong-password" });
        var unknown = await fixture.Api.PostAsync(Login, new { u = $"nobody-{Guid.NewGuid():N}"[..20], p = "wrong-password" });

        Assert.Equal(wrong.Body["errors"]!.ToJsonString(), unknown.Body["errors"]!.ToJsonString());
        Assert.Equal("UNAUTHENTICATED", wrong.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_oversize_password_is_bad_input_and_counts_as_no_attempt()
    {
        var name = await CreateUserAsync(Role.Finance, fixture.Group, "right-password");
        var (_, body) = await fixture.Api.PostAsync(Login, new { u = name, p = new string('x', 201) });
        var (_, after) = await fixture.Api.PostAsync(Login, new { u = name, p = "right-password" });

        Assert.Equal("BAD_USER_INPUT", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.NotNull(after["data"]!["login"]!["token"]);
    }

    [Fact]
    public async Task After_five_failures_a_user_must_wait_even_with_the_right_password()
    {
        var name = await CreateUserAsync(Role.Auditor, fixture.Group, "right-password");
        for (var i = 0; i < 5; i++)
        {
            await fixture.Api.PostAsync(Login, new { u = name, p = $"guess-{i}" });
        }
        var (_, body) = await fixture.Api.PostAsync(Login, new { u = name, p = "right-password" });

        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith("too many failed logins", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Logins_and_refusals_are_in_the_audit_log_which_auditors_read_and_nobody_can_change()
    {
        var name = await CreateUserAsync(Role.ProjectManager, fixture.Project(1), "pm-password");
        await fixture.Api.PostAsync(Login, new { u = name, p = "pm-password" });
        await fixture.Api.PostAsync(Login, new { u = name, p = "nope-nope" });
        var pmToken = fixture.TokenFor(Role.ProjectManager);
        await fixture.Api.PostAsync("mutation($i: RunBillingInput!) { runBilling(input: $i) { households } }", new { i = new { projectId = fixture.Project(1), period = "2026-02" } }, token: pmToken);
        var refusedImport = await fixture.Api.DataAsync("mutation($i: ImportInput!) { importHouseholds(input: $i) { succeeded } }",
            new { i = new { groupId = fixture.Group, format = "CSV", content = "楼栋路径,房号\n不存在/一区/1栋,1-101\n" } }, token: fixture.TokenFor(Role.GroupAdmin));
        Assert.False(refusedImport["importHouseholds"]!["succeeded"]!.GetValue<bool>());

        var log = await fixture.Api.DataAsync("{ auditLog(first: 200) { edges { node { username role operation target result } } } }", token: fixture.TokenFor(Role.Auditor));
        var entries = log["auditLog"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        var (forbiddenStatus, forbidden) = await fixture.Api.PostAsync("{ auditLog { edges { cursor } } }", token: pmToken);
        var sqlError = await Record.ExceptionAsync(() => ExecuteSqlAsync("UPDATE access.audit_entry SET result = 'OK' WHERE username = $1", name));
        var deleteError = await Record.ExceptionAsync(() => ExecuteSqlAsync("DELETE FROM access.audit_entry WHERE username = $1", name));

        Assert.Contains(entries, e => Is(e, name, "login", name, "OK"));
        Assert.Contains(entries, e => Is(e, name, "login", name, "UNAUTHENTICATED"));
        Assert.Contains(entries, e => Is(e, "projectmanager-user", "runBilling", fixture.Project(1), "FORBIDDEN") && e["role"]!.GetValue<string>() == "PROJECT_MANAGER");
        Assert.Contains(entries, e => Is(e, "groupadmin-user", "importHouseholds", fixture.Group, "BAD_USER_INPUT"));
        Assert.Equal((200, "FORBIDDEN"), (forbiddenStatus, forbidden["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
        Assert.Contains("append-only", sqlError?.Message);
        Assert.Contains("append-only", deleteError?.Message);
    }

    private static bool Is(JsonNode entry, string username, string operation, string target, string result) =>
        entry["username"]!.GetValue<string>() == username && entry["operation"]!.GetValue<string>() == operation
        && entry["target"]?.GetValue<string>() == target && entry["result"]!.GetValue<string>() == result;

    private async Task<string> CreateUserAsync(Role role, string scope, string password)
    {
        var name = $"u{Guid.NewGuid():N}"[..16];
        await fixture.Api.Grains.GetGrain<IUserGrain>(name).CreateAsync(new NewUser(new UserAccount(name, "测试用户", role, scope), password));
        return name;
    }

    private static async Task ExecuteSqlAsync(string sql, string parameter)
    {
        await using var database = Npgsql.NpgsqlDataSource.Create(TestPostgres.Settings.ConnectionString());
        await using var command = database.CreateCommand(sql);
        command.Parameters.AddWithValue(parameter);
        await command.ExecuteNonQueryAsync();
    }
}
