using System.Text.Json.Nodes;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Outreach;

/// <summary>
/// Notices for a whole node in one batch: every household in arrears gets its notice; a public notice is one document
/// for all of them, with masked rooms and no names or phones.
/// </summary>
public sealed class NoticeBatchTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Start = "mutation($i: IssueNoticesInput!) { issueNotices(input: $i) { id total } }";
    private const string Status = "query($id: ID!) { noticeBatch(id: $id) { total issued skipped failed finishedAt } }";
    private const string Notices = "query($id: ID!) { household(id: $id) { notices { id kind documentHash pdfUrl } } }";

    [Fact]
    public async Task A_public_notice_of_the_project_is_one_anonymous_document_recorded_on_each_household_in_arrears()
    {
        var started = (await fixture.Api.DataAsync(Start, new { i = new { nodeId = fixture.Tree.Project, kind = "PUBLIC_NOTICE", batchId = "PUB-" + Guid.NewGuid().ToString("N")[..8] } }))["issueNotices"]!;
        Assert.Equal(3, started["total"]!.GetValue<int>());   // the fixture's three households all owe
        var done = await FinishedAsync(started["id"]!.GetValue<string>());
        Assert.Equal((3, 0, 0), (done["issued"]!.GetValue<int>(), done["skipped"]!.GetValue<int>(), done["failed"]!.GetValue<int>()));

        var notices = new List<JsonNode>();
        foreach (var (building, room) in new[] { (0, "1-101"), (1, "2-201"), (2, "3-301") })
        {
            notices.Add(Assert.Single((await fixture.Api.DataAsync(Notices, new { id = fixture.Household(building, room) }))["household"]!["notices"]!.AsArray(),
                n => n!["kind"]!.GetValue<string>() == "PUBLIC_NOTICE")!);
        }
        Assert.Single(notices.Select(n => n["documentHash"]!.GetValue<string>()).Distinct());
        using var pdf = await fixture.Api.Http.GetAsync(notices[0]["pdfUrl"]!.GetValue<string>());
        var text = await PrintedDocuments.PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync());
        foreach (var masked in new[] { "1-*01", "2-*01", "3-*01" })
        {
            Assert.Contains(masked, text);
        }
        foreach (var personal in new[] { "张伟", "李娜", "深圳市某某科技有限公司", "13800138000", "13900139000", "1-101", "2-201", "3-301" })
        {
            Assert.DoesNotContain(personal, text);
        }
    }

    [Fact]
    public async Task A_dunning_notice_batch_gives_each_household_its_own_notice_and_the_same_batch_id_starts_nothing_twice()
    {
        var input = new { nodeId = fixture.Tree.Zones[0], kind = "DUNNING_NOTICE", batchId = "DUN-" + Guid.NewGuid().ToString("N")[..8] };
        var started = (await fixture.Api.DataAsync(Start, new { i = input }))["issueNotices"]!;
        Assert.Equal(2, started["total"]!.GetValue<int>());   // zone 一区: buildings 1 and 2
        var done = await FinishedAsync(input.batchId);
        Assert.Equal(2, done["issued"]!.GetValue<int>());
        Assert.Equal(2, (await fixture.Api.DataAsync(Start, new { i = input }))["issueNotices"]!["total"]!.GetValue<int>());

        var hashes = new List<string>();
        foreach (var (building, room) in new[] { (0, "1-101"), (1, "2-201") })
        {
            var mine = (await fixture.Api.DataAsync(Notices, new { id = fixture.Household(building, room) }))["household"]!["notices"]!.AsArray()
                .Where(n => n!["id"]!.GetValue<string>().StartsWith(input.batchId, StringComparison.Ordinal)).ToList();
            hashes.Add(Assert.Single(mine)!["documentHash"]!.GetValue<string>());
        }
        Assert.Equal(2, hashes.Distinct().Count());
        Assert.DoesNotContain((await fixture.Api.DataAsync(Notices, new { id = fixture.Household(2, "3-301") }))["household"]!["notices"]!.AsArray(),
            n => n!["id"]!.GetValue<string>().StartsWith(input.batchId, StringComparison.Ordinal));
    }

    private async Task<JsonNode> FinishedAsync(string batchId)
    {
        JsonNode? batch = null;
        await Eventually.TrueAsync(async () =>
        {
            batch = (await fixture.Api.DataAsync(Status, new { id = batchId }))["noticeBatch"];
            return batch?["finishedAt"] is not null;
        }, TimeSpan.FromSeconds(60), "the batch finishes");
        return batch!;
    }
}
