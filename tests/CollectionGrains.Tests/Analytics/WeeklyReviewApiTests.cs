using System.Globalization;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// 周例会 through the API on a week made by hand: three collectors, their contacts, a promise kept, payments attributed to
/// the last contact before them (one after two contacts counts once; one with no contact counts for nobody), a task
/// closed by a full payment. Every figure is worked out by hand below.
/// </summary>
public sealed class WeeklyReviewApiTests
{
    [Fact]
    public async Task A_projects_week_counts_each_collectors_work_and_recovery_and_ranks_them()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("review"));
        var work = await AnalyticsScene.CreateAsync(api, "c1", "c2");
        var (scene, supervisor, (c1, c2)) = (work.Scene, work.Supervisor, (work.Collectors[0], work.Collectors[1]));
        var c3 = await scene.CollectorAsync("c3");
        await scene.Project.EnrolAsync(c3); // a collector of the project with no work this week
        var (h0, h1, h2, h3) = (scene.Households[0], scene.Households[1], scene.Households[2], scene.Households[3]);
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);

        // c1: h0 unanswered, then h0 promises 100.00 in three days; h1 unanswered. c2: h2 answered, undecided.
        await work.ContactAsync(c1, h0, "B_UNDECIDED", answered: false);
        await work.ContactAsync(c1, h0, "A_PROMISED", answered: true, promise: (today.AddDays(3), 100.00m));
        await work.ContactAsync(c1, h1, "B_UNDECIDED", answered: false);
        await work.ContactAsync(c2, h2, "B_UNDECIDED", answered: true);
        // h0 pays its promise (after two contacts: counted once, for c1); h1 pays all it owes (c1; its task closes);
        // h2 pays 30.00 (c2); h3, never contacted, pays 50.00 (nobody's).
        var h1Owes = decimal.Parse((await api.DataAsync("query($id: ID!) { household(id: $id) { arrears { total } } }", new { id = h1 }, supervisor))
            ["household"]!["arrears"]!["total"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        await work.PayAsync(h0, 100.00m);
        await work.PayAsync(h1, h1Owes);
        await work.PayAsync(h2, 30.00m);
        await work.PayAsync(h3, 50.00m);

        JsonArray rows = [];
        await Eventually.TrueAsync(async () =>
        {
            rows = (await api.DataAsync("query($p: ID!, $w: Date!) { weeklyReview(projectId: $p, week: $w) { weekStart rows { username collector { displayName } contacts householdsReached promisesMade promisesKept promisesBroken recovered tasksClosed rank } } }",
                new { p = scene.Tree.Project, w = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, supervisor))["weeklyReview"]!["rows"]!.AsArray();
            return rows.Count == 3 && rows[0]!["promisesKept"]!.GetValue<int>() == 1 && rows[0]!["tasksClosed"]!.GetValue<int>() == 1 && rows[1]!["recovered"]!.GetValue<string>() == "30.00";
        }, TimeSpan.FromSeconds(30), "the week's facts reach the tables");

        Assert.Equal([c1, 3, 1, 1, 1, 0, (100.00m + h1Owes).ToString("0.00", CultureInfo.InvariantCulture), 1, 1], Row(rows[0]!));
        Assert.Equal([c2, 1, 1, 0, 0, 0, "30.00", 0, 2], Row(rows[1]!));
        Assert.Equal([c3, 0, 0, 0, 0, 0, "0.00", 0, 3], Row(rows[2]!));
        Assert.Equal("收费员 c1", rows[0]!["collector"]!["displayName"]!.GetValue<string>());

        // The week before: nothing happened in it.
        var before = (await api.DataAsync("query($p: ID!, $w: Date!) { weeklyReview(projectId: $p, week: $w) { weekStart rows { contacts recovered } } }",
            new { p = scene.Tree.Project, w = today.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, supervisor))["weeklyReview"]!;
        Assert.Equal(BusinessCalendar.WeekStart(today.AddDays(-7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), before["weekStart"]!.GetValue<string>());
        Assert.All(before["rows"]!.AsArray(), r => Assert.Equal((0, "0.00"), (r!["contacts"]!.GetValue<int>(), r["recovered"]!.GetValue<string>())));
        var (_, refused) = await api.PostAsync("query($p: ID!) { weeklyReview(projectId: $p, week: \"2026-12-01\") { weekStart } }", new { p = scene.Tree.Buildings[0] },
            token: api.TokenFor(Role.GroupAdmin, scene.Tree.Group));
        Assert.Equal("BAD_USER_INPUT", GraphQL.ApiFixture.Code(refused));
    }

    private static object[] Row(JsonNode row) =>
    [
        row["username"]!.GetValue<string>(), row["contacts"]!.GetValue<int>(), row["householdsReached"]!.GetValue<int>(), row["promisesMade"]!.GetValue<int>(),
        row["promisesKept"]!.GetValue<int>(), row["promisesBroken"]!.GetValue<int>(), row["recovered"]!.GetValue<string>(), row["tasksClosed"]!.GetValue<int>(),
        row["rank"]!.GetValue<int>(),
    ];
}
