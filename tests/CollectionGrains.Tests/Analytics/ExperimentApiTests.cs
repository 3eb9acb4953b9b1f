using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// 话术 A/B through the API: a supervisor starts an experiment of two phone scripts, each collector's plan suggests each
/// household the script of its arm, contacts and a payment are counted in the assigned arm, and stopping it brings the
/// champion back. Who may start it, and which pairs of scripts may be compared, are checked on the way.
/// </summary>
public sealed class ExperimentApiTests
{
    private const string Start = "mutation($i: StartExperimentInput!) { startExperiment(input: $i) { experiment { id name running championScriptId challengerScriptId } } }";
    private const string Plan = "query($d: Date) { myPlan(date: $d) { household { id } script { id } } }";
    private const string Report = """
        query($p: ID!) { experiments(projectId: $p) { experiment { id running stoppedBy } difference pValue significant
          champion { scriptId households contacts contactsWithArmScript decided converted paidSoFar conversionRate }
          challenger { scriptId households contacts contactsWithArmScript decided converted paidSoFar conversionRate } } }
        """;

    [Fact]
    public async Task The_plan_follows_each_households_arm_and_the_report_counts_households_in_the_arm_they_were_given()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("abtest"));
        var work = await AnalyticsScene.CreateAsync(api, "c1", "c2", "c3");
        var (scene, supervisor, h) = (work.Scene, work.Supervisor, work.Scene.Households);
        var admin = api.TokenFor(Role.GroupAdmin, scene.Tree.Group);
        await SaveScriptAsync(api, admin, scene.Tree.Group, "a-温和", "PHONE", "{{ owner }}您好，物业费尚欠 {{ amount }} 元，方便时请缴纳。");
        await SaveScriptAsync(api, admin, scene.Tree.Group, "b-明确期限", "PHONE", "{{ owner }}您好，物业费尚欠 {{ amount }} 元，请于本周五前缴纳：{{ payLink }}");
        await SaveScriptAsync(api, admin, scene.Tree.Group, "v-上门", "VISIT", "上门拜访：{{ owner }}，欠费 {{ amount }} 元。");
        var collectorToken = api.TokenFor(Role.Collector, scene.Tree.Project, work.Collectors[0]);

        var (_, forbidden) = await api.PostAsync(Start, Input(scene.Tree.Project, "a-温和", "b-明确期限"), token: collectorToken);
        Assert.Equal("FORBIDDEN", GraphQL.ApiFixture.Code(forbidden));
        var (_, mismatched) = await api.PostAsync(Start, Input(scene.Tree.Project, "a-温和", "v-上门"), token: supervisor);
        Assert.Equal("BAD_USER_INPUT", GraphQL.ApiFixture.Code(mismatched));
        var started = (await api.DataAsync(Start, Input(scene.Tree.Project, "a-温和", "b-明确期限"), supervisor))["startExperiment"]!["experiment"]!;
        var experimentId = started["id"]!.GetValue<string>();
        Assert.True(started["running"]!.GetValue<bool>());
        var (_, twice) = await api.PostAsync(Start, Input(scene.Tree.Project, "b-明确期限", "a-温和"), token: supervisor);
        Assert.Equal("CONFLICT", GraphQL.ApiFixture.Code(twice));

        // Every household's suggested phone script is its arm's (the same on every call).
        string ArmScript(string household) => ExperimentArms.Of(experimentId, household) == ExperimentArm.Champion ? "a-温和" : "b-明确期限";
        var suggested = new Dictionary<string, string?>();
        await Eventually.TrueAsync(async () => (suggested = await SuggestedAsync(api, work, 3)).Count == h.Count, TimeSpan.FromSeconds(20), "every household is in a plan");
        Assert.Equal(h.ToDictionary(x => x, x => (string?)ArmScript(x)), suggested);

        // h0 and h2 hear their arm's script, h1 the other arm's, h3 none (not in the experiment); h0 and h3 pay.
        string Other(string household) => ArmScript(household) == "a-温和" ? "b-明确期限" : "a-温和";
        await work.ContactAsync(work.Collectors[0], h[0], "B_UNDECIDED", answered: true, script: ArmScript(h[0]));
        await work.ContactAsync(work.Collectors[0], h[1], "B_UNDECIDED", answered: true, script: Other(h[1]));
        await work.ContactAsync(work.Collectors[1], h[2], "B_UNDECIDED", answered: true, script: ArmScript(h[2]));
        await work.ContactAsync(work.Collectors[1], h[3], "B_UNDECIDED", answered: true);
        await work.PayAsync(h[0], 100m);
        await work.PayAsync(h[3], 100m);
        var inChampion = new[] { h[0], h[1], h[2] }.Where(x => ExperimentArms.Of(experimentId, x) == ExperimentArm.Champion).ToList();
        int Count(bool champion, Func<string, bool> which) => new[] { h[0], h[1], h[2] }.Count(x => inChampion.Contains(x) == champion && which(x));
        JsonNode report = new JsonObject();
        await Eventually.TrueAsync(async () =>
        {
            report = (await api.DataAsync(Report, new { p = scene.Tree.Project }, supervisor))["experiments"]![0]!;
            return report["champion"]!["contacts"]!.GetValue<int>() + report["challenger"]!["contacts"]!.GetValue<int>() == 3
                && report["champion"]!["paidSoFar"]!.GetValue<int>() + report["challenger"]!["paidSoFar"]!.GetValue<int>() == 1;
        }, TimeSpan.FromSeconds(30), "the contacts and the payment reach the tables");
        foreach (var (arm, champion) in new[] { ("champion", true), ("challenger", false) })
        {
            var row = report[arm]!;
            Assert.Equal((champion ? "a-温和" : "b-明确期限", Count(champion, _ => true), Count(champion, _ => true), Count(champion, x => x != h[1]), 0, 0, Count(champion, x => x == h[0])),
                (row["scriptId"]!.GetValue<string>(), row["households"]!.GetValue<int>(), row["contacts"]!.GetValue<int>(), row["contactsWithArmScript"]!.GetValue<int>(),
                    row["decided"]!.GetValue<int>(), row["converted"]!.GetValue<int>(), row["paidSoFar"]!.GetValue<int>()));
            Assert.Null(row["conversionRate"]);
        }
        // Nothing is decided before 7 days have passed: no rate, no verdict.
        Assert.Null(report["difference"]);
        Assert.False(report["significant"]!.GetValue<bool>());

        var stopped = await api.DataAsync("mutation($i: StopExperimentInput!) { stopExperiment(input: $i) { experiment { running stoppedBy } } }",
            new { i = new { projectId = scene.Tree.Project, experimentId } }, supervisor);
        Assert.False(stopped["stopExperiment"]!["experiment"]!["running"]!.GetValue<bool>());
        Assert.Equal(h.ToDictionary(x => x, _ => (string?)"a-温和"), await SuggestedAsync(api, work, 3));
    }

    private static object Input(string project, string champion, string challenger) =>
        new { i = new { projectId = project, name = "首轮话术：温和 vs 明确期限", championScriptId = champion, challengerScriptId = challenger } };

    private static Task SaveScriptAsync(TestApi api, string admin, string group, string id, string method, string body) =>
        api.DataAsync("mutation($i: SaveScriptInput!) { saveScript(input: $i) { script { id } } }",
            new { i = new { groupId = group, scriptId = id, title = id, method, body } }, admin);

    /// <summary>The script each collector's plan of tomorrow suggests for each household.</summary>
    private static async Task<Dictionary<string, string?>> SuggestedAsync(TestApi api, AnalyticsScene work, int collectors)
    {
        var day = BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        var suggested = new Dictionary<string, string?>();
        foreach (var collector in work.Collectors.Take(collectors))
        {
            var plan = (await api.DataAsync(Plan, new { d = day }, api.TokenFor(Role.Collector, work.Scene.Tree.Project, collector)))["myPlan"]!.AsArray();
            foreach (var item in plan)
            {
                suggested[item!["household"]!["id"]!.GetValue<string>()] = item["script"]?["id"]?.GetValue<string>();
            }
        }
        return suggested;
    }
}
