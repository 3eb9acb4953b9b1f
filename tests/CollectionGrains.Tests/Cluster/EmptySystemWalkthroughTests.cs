using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CollectionGrains.Tests.Cluster;

/// <summary>
/// The README's walkthrough of an empty system, as a new group does it: deploy/run.sh with CG_DEMO_HOUSEHOLDS=0 prints
/// the first admin's password once; the admin changes it, imports the tree, sets the charge items, imports households,
/// runs the month's billing and takes a payment, and the group's totals are the hand-computed sums; a collector the
/// admin creates sees the project and not the group. Ports are shifted so a running system is not touched.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed partial class EmptySystemWalkthroughTests(ITestOutputHelper output)
{
    private const string Url = "http://127.0.0.1:5880";

    [Fact]
    public async Task A_group_sets_itself_up_from_an_empty_system_and_its_totals_add_up()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (group, admin) = ($"wt{suffix}", $"admin-{suffix}");
        var lines = new ConcurrentQueue<string>();
        using var silo = Start(new Dictionary<string, string>
        {
            ["CG_DEMO_HOUSEHOLDS"] = "0", ["CG_HTTP_URL"] = Url, ["CG_SILO_PORT"] = "11911", ["CG_GATEWAY_PORT"] = "30800",
            ["CG_CLUSTER_ID"] = $"walkthrough-{suffix}", ["CG_GROUP_ID"] = group, ["CG_GROUP_NAME"] = "示例物业集团", ["CG_ADMIN_USERNAME"] = admin,
        }, lines);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(60) };
            var printed = await PrintedPasswordAsync(lines, admin);
            var login = await PostAsync(http, "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }", new { u = admin, p = printed });
            Assert.Equal("PASSWORD_CHANGE_REQUIRED", login["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            var token = (await DataAsync(http, "mutation($u: String!, $c: String!, $n: String!) { changeMyPassword(input: {username: $u, currentPassword: $c, newPassword: $n}) { token } }",
                new { u = admin, c = printed, n = "集团管理员的新口令-2026" }))["changeMyPassword"]!["token"]!.GetValue<string>();

            var tree = "区域,区域编码,分公司,分公司编码,项目,项目编码,管理区,楼栋\n华东区域,HD,上海分公司,SH,翠湖天地,CHTD,一区,1栋\n华东区域,HD,上海分公司,SH,翠湖天地,CHTD,一区,2栋\n";
            Assert.True((await ImportAsync(http, token, "importOrgTree", group, tree))["succeeded"]!.GetValue<bool>());
            var project = $"{group}-HD-SH-CHTD";
            var month = Period.Of(BusinessCalendar.DateOf(DateTimeOffset.UtcNow));
            await DataAsync(http, """
                mutation($p: ID!, $from: Date!) { setChargeItems(input: {projectId: $p, effectiveFrom: $from, items: [
                  {code: "WYF", name: "物业服务费", basis: PER_SQUARE_METRE, cycle: MONTHLY, dueDay: 31, unitPrice: 2.00}]}) { code } }
                """, new { p = project, from = month.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, token);
            var households = "楼栋路径,房号,面积,业主姓名,电话,入住日期\n翠湖天地/一区/1栋,1-101,100.00,王建国,13800001111,2020-05-01\n翠湖天地/一区/2栋,2-201,80.50,李秀英,13900002222,2021-03-15\n";
            Assert.True((await ImportAsync(http, token, "importHouseholds", group, households))["succeeded"]!.GetValue<bool>());
            // What 2-201 owed before the system: one bill of 300.00 due on 15 October 2026.
            var opening = "楼栋路径,房号,收费项目编码,收费项目,账期,应缴日期,欠费金额\n翠湖天地/一区/2栋,2-201,WYF,物业服务费,2026-10,2026-10-15,300.00\n";
            Assert.True((await ImportAsync(http, token, "importOpeningArrears", group, opening))["succeeded"]!.GetValue<bool>());
            var run = await DataAsync(http, "mutation($p: ID!, $m: Period!) { runBilling(input: {projectId: $p, period: $m}) { billsIssued } }", new { p = project, m = month.ToString() }, token);
            Assert.Equal(2, run["runBilling"]!["billsIssued"]!.GetValue<int>());
            var building = (await DataAsync(http, "query($id: ID!) { orgNode(id: $id) { children { edges { node { children { edges { node { id name } } } } } } } }",
                new { id = project }, token))["orgNode"]!["children"]!["edges"]![0]!["node"]!["children"]!["edges"]!.AsArray().Single(b => b!["node"]!["name"]!.GetValue<string>() == "1栋")!["node"]!["id"]!.GetValue<string>();
            await DataAsync(http, "mutation($h: ID!, $at: DateTime!) { recordPayment(input: {paymentId: \"WT-0001\", householdId: $h, amount: \"200.00\", channel: COUNTER, paidAt: $at}) { appliedNow } }",
                new { h = $"{building}/1-101", at = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) }, token);

            // By hand: 100 m² × 2.00 + 80.50 m² × 2.00 = 361.00 receivable this month, 200.00 collected; the opening bill of
            // 300.00 is overdue, its late fee 万分之五 a day since 15 October (the month's bills fall due on its last day).
            var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
            var lateFee = Math.Round(300m * 0.0005m * (today.DayNumber - new DateOnly(2026, 10, 15).DayNumber), 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
            var expected = (2L, "361.00", "200.00", "300.00", lateFee);
            await Eventually.TrueAsync(async () =>
            {
                var totals = (await DataAsync(http, "query($id: ID!) { orgNode(id: $id) { totals { households receivable collected arrearsPrincipal lateFees } } }", new { id = group }, token))["orgNode"]!["totals"]!;
                var actual = (totals["households"]!.GetValue<long>(), totals["receivable"]!.GetValue<string>(), totals["collected"]!.GetValue<string>(),
                    totals["arrearsPrincipal"]!.GetValue<string>(), totals["lateFees"]!.GetValue<string>());
                output.WriteLine($"group totals {actual}");
                return actual == expected;
            }, TimeSpan.FromSeconds(30), "the group's totals are the sums of its two households");

            var collector = $"col-{suffix}";
            await DataAsync(http, "mutation($u: String!, $s: ID!) { createUser(input: {username: $u, displayName: \"收费员 赵敏\", role: COLLECTOR, scopeId: $s, password: \"收费员的口令-2026\"}) { user { username } } }",
                new { u = collector, s = project }, token);
            var collectorToken = (await DataAsync(http, "mutation($u: String!) { changeMyPassword(input: {username: $u, currentPassword: \"收费员的口令-2026\", newPassword: \"赵敏自己的口令-2026\"}) { token } }",
                new { u = collector }))["changeMyPassword"]!["token"]!.GetValue<string>();
            Assert.NotNull((await DataAsync(http, "query($id: ID!) { orgNode(id: $id) { id } }", new { id = project }, collectorToken))["orgNode"] as JsonObject);
            Assert.Null((await DataAsync(http, "query($id: ID!) { orgNode(id: $id) { id } }", new { id = group }, collectorToken))["orgNode"] as JsonObject);
            var listed = (await DataAsync(http, "query($id: ID!) { arrears(nodeId: $id) { edges { node { room arrears { total } } } } }", new { id = project }, collectorToken))["arrears"]!["edges"]!.AsArray();
            Assert.Equal(["2-201"], listed.Select(e => e!["node"]!["room"]!.GetValue<string>()));
        }
        finally
        {
            silo.Kill(entireProcessTree: true);
            output.WriteLine(string.Join('\n', lines.TakeLast(40)));
        }
    }

    private static Process Start(Dictionary<string, string> environment, ConcurrentQueue<string> lines)
    {
        var process = new Process { StartInfo = ProcessRunner.StartInfo("bash", [Path.Combine(RepositoryPaths.Root, "deploy", "run.sh")], environment) };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { lines.Enqueue(line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { lines.Enqueue(line); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The password the first start prints once (the build and the start included, within minutes).</summary>
    private static async Task<string> PrintedPasswordAsync(ConcurrentQueue<string> lines, string admin)
    {
        var line = await Eventually.SucceedsAsync(() => Task.FromResult(
            lines.FirstOrDefault(l => l.StartsWith($"first admin: username {admin}, password ", StringComparison.Ordinal)) ?? throw new InvalidOperationException("not printed yet")),
            TimeSpan.FromMinutes(6));
        return PrintedLine().Match(line).Groups["password"].Value;
    }

    private static async Task<JsonNode> ImportAsync(HttpClient http, string token, string mutation, string group, string csv) =>
        (await DataAsync(http, $"mutation($i: ImportInput!) {{ {mutation}(input: $i) {{ succeeded errors {{ row column message }} }} }}",
            new { i = new { groupId = group, format = "CSV", content = csv } }, token))[mutation]!;

    private static async Task<JsonNode> DataAsync(HttpClient http, string query, object variables, string? token = null)
    {
        var body = await PostAsync(http, query, variables, token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string query, object variables, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        using var response = await http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [GeneratedRegex(@"password (?<password>\S+) \(shown once")]
    private static partial Regex PrintedLine();
}
