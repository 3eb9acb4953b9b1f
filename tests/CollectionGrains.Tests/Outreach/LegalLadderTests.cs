using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Outreach;

/// <summary>
/// The legal ladder through the API: eligibility under the project's policy, the procedure's order, the project
/// manager's sign-off (nobody else, not on their own request), what each step does, and the audit log of decisions.
/// </summary>
public sealed class LegalLadderTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Request = "mutation($i: RequestLegalStepInput!) { requestLegalStep(input: $i) { request { id step status } } }";
    private const string Decide = "mutation($i: DecideLegalStepInput!) { decideLegalStep(input: $i) { request { id step status decidedBy postedUntil notice { kind deadline pdfUrl } } } }";
    private const string Issue = "mutation($i: IssueNoticeInput!) { issueNotice(input: $i) { notice { id } } }";

    [Fact]
    public async Task A_household_climbs_the_ladder_in_order_with_the_project_managers_sign_off()
    {
        var household = fixture.Household(0, "1-101");   // ¥500 and late fees, due since March 2025
        var (supervisor, manager, otherManager) = (Token(Role.Supervisor, "sup-wang"), Token(Role.ProjectManager, "pm-li"), Token(Role.ProjectManager, "pm-zhao"));
        var deadline = Today().AddDays(15).ToString("yyyy-MM-dd");

        // Under the standard policy ¥500 is too little for a lawyer's letter (¥1,000).
        var (_, tooSmall) = await fixture.Api.PostAsync(Request, new { i = new { householdId = household, step = "LAWYER_LETTER", reason = "多次催缴未果", deadline } }, token: supervisor);
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(tooSmall));
        await SetPolicyAsync(manager, minAmount: "100.00", minContacts: 0);

        var (_, noLetter) = await fixture.Api.PostAsync(Request, new { i = new { householdId = household, step = "LAWYER_LETTER", reason = "多次催缴未果", deadline } }, token: supervisor);
        Assert.Contains("dunning letter", noLetter["errors"]![0]!["message"]!.GetValue<string>());
        var (_, outOfOrder) = await fixture.Api.PostAsync(Request, new { i = new { householdId = household, step = "PUBLIC_NOTICE", reason = "拒不缴费" } }, token: supervisor);
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(outOfOrder));
        await fixture.Api.DataAsync(Issue, new { i = new { householdId = household, kind = "DUNNING_LETTER" } }, supervisor);

        var letter = await RequestAsync(household, "LAWYER_LETTER", supervisor, deadline);
        var (_, bySupervisor) = await fixture.Api.PostAsync(Decide, new { i = new { requestId = letter, approve = true } }, token: supervisor);
        Assert.Equal("FORBIDDEN", ApiFixture.Code(bySupervisor));
        var (_, whileWaiting) = await fixture.Api.PostAsync(Request, new { i = new { householdId = household, step = "LAWYER_LETTER", reason = "再次申请", deadline } }, token: supervisor);
        Assert.Contains("waiting", whileWaiting["errors"]![0]!["message"]!.GetValue<string>());

        var approved = await DecideAsync(letter, true, manager);
        Assert.Equal(("DONE", "pm-li", "LAWYER_LETTER", deadline), (approved["status"]!.GetValue<string>(), approved["decidedBy"]!.GetValue<string>(),
            approved["notice"]!["kind"]!.GetValue<string>(), approved["notice"]!["deadline"]!.GetValue<string>()));
        using (var pdf = await fixture.Api.Http.GetAsync(approved["notice"]!["pdfUrl"]!.GetValue<string>()))
        {
            var text = await PrintedDocuments.PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync());
            Assert.Contains("律师函", text);
            Assert.Contains("张伟", text);
        }

        // The public notice: rejected once, then approved; it stays up a week.
        var rejected = await DecideAsync(await RequestAsync(household, "PUBLIC_NOTICE", supervisor), false, manager);
        Assert.Equal("REJECTED", rejected["status"]!.GetValue<string>());
        var posted = await DecideAsync(await RequestAsync(household, "PUBLIC_NOTICE", supervisor), true, manager);
        Assert.Equal(("DONE", Today().AddDays(7).ToString("yyyy-MM-dd"), "PUBLIC_NOTICE"),
            (posted["status"]!.GetValue<string>(), posted["postedUntil"]!.GetValue<string>(), posted["notice"]!["kind"]!.GetValue<string>()));

        // The manager asks for the next step himself: another project manager must approve it.
        var report = await RequestAsync(household, "REPORT_TO_MANAGEMENT", manager);
        var (_, ownRequest) = await fixture.Api.PostAsync(Decide, new { i = new { requestId = report, approve = true } }, token: manager);
        Assert.Equal("FORBIDDEN", ApiFixture.Code(ownRequest));
        Assert.Equal("DONE", (await DecideAsync(report, true, otherManager))["status"]!.GetValue<string>());

        var lawsuit = await RequestAsync(household, "LAWSUIT", supervisor);
        Assert.Equal("APPROVED", (await DecideAsync(lawsuit, true, manager))["status"]!.GetValue<string>());
        var filed = (await fixture.Api.DataAsync("mutation($i: RecordLawsuitInput!) { recordLawsuit(input: $i) { request { status lawsuit { caseNumber court filedOn } } } }",
            new { i = new { requestId = lawsuit, caseNumber = "(2026)粤0305民初12345号", court = "深圳市南山区人民法院", filedOn = Today().ToString("yyyy-MM-dd") } }, supervisor))["recordLawsuit"]!["request"]!;
        Assert.Equal(("DONE", "(2026)粤0305民初12345号"), (filed["status"]!.GetValue<string>(), filed["lawsuit"]!["caseNumber"]!.GetValue<string>()));

        var steps = (await fixture.Api.DataAsync("query($id: ID!) { household(id: $id) { legalSteps { step status } } }", new { id = household }))["household"]!["legalSteps"]!.AsArray();
        Assert.Equal(["LAWYER_LETTER:DONE", "PUBLIC_NOTICE:REJECTED", "PUBLIC_NOTICE:DONE", "REPORT_TO_MANAGEMENT:DONE", "LAWSUIT:DONE"],
            steps.Select(s => $"{s!["step"]}:{s["status"]}"));
        var reported = (await fixture.Api.DataAsync("query($n: ID!) { legalSteps(nodeId: $n, step: REPORT_TO_MANAGEMENT, status: DONE) { household { id } } }",
            new { n = fixture.Tree.Group }))["legalSteps"]!.AsArray();
        Assert.Equal(household, Assert.Single(reported)!["household"]!["id"]!.GetValue<string>());   // the general manager's list
        await AssertEvidencePackAsync(household, supervisor);
        var audit = (await fixture.Api.DataAsync("{ auditLog(first: 200) { edges { node { username operation result } } } }"))["auditLog"]!["edges"]!.AsArray()
            .Select(e => e!["node"]!).Where(n => n["operation"]!.GetValue<string>() == "decideLegalStep").ToList();
        Assert.Contains(audit, n => n["username"]!.GetValue<string>() == "pm-li" && n["result"]!.GetValue<string>() == "OK");
        Assert.Contains(audit, n => n["username"]!.GetValue<string>() == "sup-wang" && n["result"]!.GetValue<string>() == "FORBIDDEN");
    }

    [Fact]
    public async Task Too_few_contacts_without_result_make_a_household_not_yet_eligible()
    {
        var household = fixture.Household(1, "2-201");
        var manager = Token(Role.ProjectManager, "pm-qian");
        await SetPolicyAsync(manager, minAmount: "100.00", minContacts: 0);
        await fixture.Api.DataAsync(Issue, new { i = new { householdId = household, kind = "DUNNING_LETTER" } }, manager);
        await SetPolicyAsync(manager, minAmount: "100.00", minContacts: 3);

        var (_, body) = await fixture.Api.PostAsync(Request, new { i = new { householdId = household, step = "LAWYER_LETTER", reason = "拒缴", deadline = Today().AddDays(10).ToString("yyyy-MM-dd") } },
            token: Token(Role.Supervisor, "sup-sun"));
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(body));
        Assert.Contains("0 contacts without result (needs 3)", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    /// <summary>The zip holds the sheets and every notice's PDF exactly as sent (its SHA-256 is the one the API gave when it was issued).</summary>
    private async Task AssertEvidencePackAsync(string household, string token)
    {
        var link = (await fixture.Api.DataAsync("mutation($i: HouseholdInput!) { exportEvidencePack(input: $i) { url } }", new { i = new { householdId = household } }, token))
            ["exportEvidencePack"]!["url"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await fixture.Api.Http.SendAsync(request);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        var notices = (await fixture.Api.DataAsync("query($id: ID!) { household(id: $id) { notices { id kind documentHash } } }", new { id = household }))["household"]!["notices"]!.AsArray();
        Assert.Equal(3, notices.Count);   // the dunning letter, the lawyer's letter, the public notice
        foreach (var notice in notices)
        {
            var entry = zip.GetEntry($"通知/{notice!["id"]}-{notice["kind"]!.GetValue<string>() switch { "DUNNING_LETTER" => "DunningLetter", "LAWYER_LETTER" => "LawyerLetter", _ => "PublicNotice" }}.pdf")!;
            using var content = new MemoryStream();
            await entry.Open().CopyToAsync(content);
            Assert.Equal(notice["documentHash"]!.GetValue<string>(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content.ToArray())));
        }
        foreach (var sheet in new[] { "说明.txt", "账单.csv", "缴费记录.csv", "催收记录.csv", "通知与送达.csv", "法律程序.csv" })
        {
            Assert.NotNull(zip.GetEntry(sheet));
        }
        using var steps = new StreamReader(zip.GetEntry("法律程序.csv")!.Open());
        Assert.Equal(6, (await steps.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);   // the header and five requests
    }

    private async Task SetPolicyAsync(string token, string minAmount, int minContacts) =>
        await fixture.Api.DataAsync("mutation($i: SetLegalPolicyInput!) { setLegalPolicy(input: $i) { step } }", new
        {
            i = new
            {
                projectId = fixture.Tree.Project,
                thresholds = new[] { "LAWYER_LETTER", "PUBLIC_NOTICE", "REPORT_TO_MANAGEMENT", "LAWSUIT" }.Select(step => new { step, minAgeDays = 30, minAmount, minContacts }),
            },
        }, token);

    private async Task<string> RequestAsync(string household, string step, string token, string? deadline = null) =>
        (await fixture.Api.DataAsync(Request, new { i = new { householdId = household, step, reason = "多次催缴未果，业主拒不缴纳", deadline } }, token))
            ["requestLegalStep"]!["request"]!["id"]!.GetValue<string>();

    private async Task<JsonNode> DecideAsync(string requestId, bool approve, string token) =>
        (await fixture.Api.DataAsync(Decide, new { i = new { requestId, approve, note = approve ? "同意" : "先再电话沟通一次" } }, token))["decideLegalStep"]!["request"]!;

    private string Token(Role role, string username) => fixture.Api.TokenFor(role, fixture.Tree.Project, username);

    private static DateOnly Today() => Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
}
