using System.Net;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Collection;

/// <summary>
/// Visit proof (防作弊) through the API: a visit with another household's code, a position 2 km away or a text file for
/// a photo is kept and flagged, each for its reason; a good one passes; a forged code is refused and records nothing. The
/// supervisor reads and prints the door codes, reviews a visit as cheating, and the report and the totals count it; a
/// collector can read no code and no photo.
/// </summary>
public sealed class VisitProofTests
{
    private const string Record = """
        mutation($input: RecordContactInput!) { recordContact(input: $input) { contact { id visitCheck { tokenValid withinRadius distanceMetres photoValid flagged sampled problems } } } }
        """;

    // 深圳南山, a building's door; 0.00027° of latitude is 30 m (111,195 m a degree), 0.018° is 2,001.5 m.
    private const decimal Latitude = 22.540500m, Longitude = 113.934500m;

    private static readonly byte[] Jpeg = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Collection", "Assets", "photo.jpg"));

    [Fact]
    public async Task Each_failed_check_flags_the_visit_for_its_reason_a_forged_code_is_refused_and_a_review_is_counted()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("visits"));
        var scene = await CollectionScene.CreateAsync(api.Grains, householdsPerBuilding: 5, owed: 800m);
        await scene.TasksOpenAsync();
        var building = scene.Tree.Buildings[0];
        await api.Grains.GetGrain<IOrgNodeGrain>(building).SetLocationAsync(new BuildingLocation("深圳市南山区科技园", Latitude, Longitude));
        var collector = await scene.CollectorAsync("c1");
        var supervisor = api.TokenFor(Role.Supervisor, scene.Tree.Project, "主管-陈静");
        var mine = api.TokenFor(Role.Collector, scene.Tree.Project, collector);
        await api.DataAsync("mutation($input: AssignHouseholdsInput!) { assignHouseholds(input: $input) { moved } }",
            new { input = new { projectId = scene.Tree.Project, collector, buildingIds = new[] { building } } }, supervisor);
        var h = scene.Households.Where(id => id.StartsWith(building + "/", StringComparison.Ordinal)).ToList();
        var codes = new Dictionary<string, string>();
        foreach (var household in h)
        {
            codes[household] = (await api.DataAsync("query($id: ID!) { household(id: $id) { doorQrToken } }", new { id = household }, supervisor))["household"]!["doorQrToken"]!.GetValue<string>();
        }
        // A collector reads no door code.
        Assert.Equal("FORBIDDEN", ApiFixture.Code((await api.PostAsync("query($id: ID!) { household(id: $id) { doorQrToken } }", new { id = h[0] }, token: mine)).Body));

        var good = await VisitAsync(api, mine, "上门-1", h[0], codes[h[0]], Latitude + 0.00027m, Longitude, 15m, Jpeg);
        var otherCode = await VisitAsync(api, mine, "上门-2", h[1], codes[h[2]], Latitude, Longitude, 10m, Jpeg);
        var far = await VisitAsync(api, mine, "上门-3", h[3], codes[h[3]], Latitude + 0.018m, Longitude, 20m, Jpeg);
        var text = await VisitAsync(api, mine, "上门-4", h[4], codes[h[4]], Latitude, Longitude, 10m, "这不是照片，是一份文本。"u8.ToArray());

        Assert.Equal((true, true, true, false), Checks(good));
        Assert.InRange(good["distanceMetres"]!.GetValue<decimal>(), 29m, 31m);
        Assert.Equal((false, true, true, true), Checks(otherCode));
        Assert.Contains("另一户", otherCode["problems"]![0]!.GetValue<string>());
        Assert.Equal((true, false, true, true), Checks(far));
        Assert.InRange(far["distanceMetres"]!.GetValue<decimal>(), 1995m, 2008m);
        Assert.Equal((true, true, false, true), Checks(text));

        // A forged code (another key's signature) is refused, and nothing is recorded.
        var forged = codes[h[0]][..^4] + (codes[h[0]].EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var refused = await api.PostAsync(Record, new { input = Visit("上门-5", h[0], forged, Latitude, Longitude, 10m, Jpeg) }, token: mine);
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(refused.Body));
        // The good visit sets the class; the flagged one does not count: its household has no class yet.
        Assert.Equal(["上门-1"], await ContactIdsAsync(api, supervisor, h[0]));
        Assert.Equal("C_UNREACHABLE", (await CaseAsync(api, supervisor, h[0]))["contactClass"]!.GetValue<string>());
        Assert.Null((await CaseAsync(api, supervisor, h[3]))["contactClass"]);

        // The supervisor's queue has every flagged visit (and the good one only if it was sampled); one is marked cheating.
        JsonArray queue = [];
        await Eventually.TrueAsync(async () =>
        {
            queue = (await api.DataAsync("query($p: ID!) { visitsToReview(projectId: $p) { contactId flagged photoUrl household { id } } }", new { p = scene.Tree.Project }, supervisor))["visitsToReview"]!.AsArray();
            return queue.Count >= 3;
        }, TimeSpan.FromSeconds(10), "the flagged visits reach the review queue");
        Assert.Equal(good["sampled"]!.GetValue<bool>() ? ["上门-1", "上门-2", "上门-3", "上门-4"] : ["上门-2", "上门-3", "上门-4"],
            queue.Select(v => v!["contactId"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray());
        await api.DataAsync("mutation($input: ReviewVisitInput!) { reviewVisit(input: $input) { contact { visitCheck { cheating reviewedBy } } } }",
            new { input = new { householdId = h[3], contactId = "上门-3", cheating = true, note = "定位在两公里外的小区门口，未上楼" } }, supervisor);
        await Eventually.TrueAsync(async () =>
        {
            var report = (await api.DataAsync("query($p: ID!) { cheatingReport(projectId: $p) { collector visits flagged confirmedCheating } }", new { p = scene.Tree.Project }, supervisor))["cheatingReport"]!.AsArray();
            var totals = (await api.DataAsync("query($g: ID!) { orgNode(id: $g) { totals { visitsThisMonth visitsFlagged visitsCheating } } }", new { g = scene.Tree.Group }, api.TokenFor(Role.GroupAdmin, scene.Tree.Group)))["orgNode"]!["totals"]!;
            return report.Count == 1 && report[0]!["collector"]!.GetValue<string>() == collector
                && (report[0]!["visits"]!.GetValue<int>(), report[0]!["flagged"]!.GetValue<int>(), report[0]!["confirmedCheating"]!.GetValue<int>()) == (4, 3, 1)
                && (totals["visitsThisMonth"]!.GetValue<long>(), totals["visitsFlagged"]!.GetValue<long>(), totals["visitsCheating"]!.GetValue<long>()) == (4, 3, 1);
        }, TimeSpan.FromSeconds(10), "the report and the group's totals count 4 visits, 3 flagged, 1 cheating");

        // The photo as sent, for the supervisor; a collector gets nothing.
        var photoUrl = queue.First(v => v!["contactId"]!.GetValue<string>() == "上门-3")!["photoUrl"]!.GetValue<string>();
        Assert.Equal(Jpeg, await GetBytesAsync(api, photoUrl, supervisor));
        Assert.Null(await GetBytesAsync(api, photoUrl, mine));
        Assert.Null(queue.First(v => v!["contactId"]!.GetValue<string>() == "上门-4")!["photoUrl"]);

        // The labels to print carry every household's code; revoking one makes its old label prove nothing.
        var labelsUrl = (await api.DataAsync("query($b: ID!) { orgNode(id: $b) { doorLabelsUrl } }", new { b = building }, supervisor))["orgNode"]!["doorLabelsUrl"]!.GetValue<string>();
        var printed = await PrintedDocuments.QrCodesInPdfAsync((await GetBytesAsync(api, labelsUrl, supervisor))!);
        Assert.Equal(codes.Values.Order(StringComparer.Ordinal), printed.Order(StringComparer.Ordinal));
        Assert.Null(await GetBytesAsync(api, labelsUrl, mine));
        var renewed = (await api.DataAsync("mutation($i: HouseholdInput!) { revokeDoorQrToken(input: $i) { doorQrToken } }", new { i = new { householdId = h[0] } }, supervisor))["revokeDoorQrToken"]!["doorQrToken"]!.GetValue<string>();
        Assert.NotEqual(codes[h[0]], renewed);
        var stale = await VisitAsync(api, mine, "上门-6", h[0], codes[h[0]], Latitude, Longitude, 10m, Jpeg);
        Assert.Equal((false, true, true, true), Checks(stale));
        Assert.Contains("作废", stale["problems"]![0]!.GetValue<string>());
    }

    private static object Visit(string contactId, string household, string code, decimal latitude, decimal longitude, decimal accuracy, byte[] photo) => new
    {
        contactId, householdId = household, method = "VISIT", outcome = "C_UNREACHABLE", answered = false,
        visit = new { qrToken = code, latitude, longitude, accuracy, photo = "data:image/jpeg;base64," + Convert.ToBase64String(photo) },
    };

    private static async Task<JsonNode> VisitAsync(TestApi api, string token, string contactId, string household, string code, decimal latitude, decimal longitude, decimal accuracy, byte[] photo) =>
        (await api.DataAsync(Record, new { input = Visit(contactId, household, code, latitude, longitude, accuracy, photo) }, token))["recordContact"]!["contact"]!["visitCheck"]!;

    private static (bool Token, bool Radius, bool Photo, bool Flagged) Checks(JsonNode check) =>
        (check["tokenValid"]!.GetValue<bool>(), check["withinRadius"]!.GetValue<bool>(), check["photoValid"]!.GetValue<bool>(), check["flagged"]!.GetValue<bool>());

    private static async Task<JsonNode> CaseAsync(TestApi api, string token, string household) =>
        (await api.DataAsync("query($id: ID!) { household(id: $id) { collection { contactClass contacts { id } } } }", new { id = household }, token))["household"]!["collection"]!;

    private static async Task<string[]> ContactIdsAsync(TestApi api, string token, string household) =>
        [.. (await CaseAsync(api, token, household))["contacts"]!.AsArray().Select(c => c!["id"]!.GetValue<string>())];

    private static async Task<byte[]?> GetBytesAsync(TestApi api, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        using var client = new HttpClient { BaseAddress = api.BaseUri };
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsByteArrayAsync() : null;
    }
}
