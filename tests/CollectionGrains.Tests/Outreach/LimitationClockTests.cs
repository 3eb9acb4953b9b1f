using CollectionGrains.Outreach.Legal;
using CollectionGrains.Tests.GraphQL;

namespace CollectionGrains.Tests.Outreach;

/// <summary>诉讼时效: three years from the due date, restarted by a delivered demand or an acknowledgement after it, never by one before it.</summary>
public sealed class LimitationClockTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Three_years_from_the_due_date_restarted_by_a_later_interruption_only()
    {
        var today = new DateOnly(2026, 12, 2);
        var clock = LimitationClock.Compute([("a", new DateOnly(2024, 1, 15)), ("b", new DateOnly(2025, 3, 15))],
            [new DateOnly(2024, 1, 10), new DateOnly(2024, 6, 1)], today);

        Assert.Equal(new DateOnly(2027, 6, 1), clock.Bills.Single(b => b.BillId == "a").ExpiresOn);   // restarted on 2024-06-01
        Assert.Equal(new DateOnly(2028, 3, 15), clock.Bills.Single(b => b.BillId == "b").ExpiresOn);  // both interruptions came before it was due
        Assert.Equal(new DateOnly(2027, 6, 1), clock.EarliestExpiry);
        Assert.False(clock.Warning);
        Assert.True(LimitationClock.Compute([("c", new DateOnly(2024, 2, 1))], [], today).Warning);   // 2027-02-01 is within 90 days
    }

    [Fact]
    public async Task A_delivered_notice_restarts_the_clock_and_an_undelivered_one_does_not()
    {
        const string Limitation = "query($id: ID!) { household(id: $id) { limitation { earliestExpiry warning } } }";
        var household = fixture.Household(2, "3-301");   // one bill, due 2025-06-15, nothing paid, no promise
        Assert.Equal("2028-06-15", (await fixture.Api.DataAsync(Limitation, new { id = household }))["household"]!["limitation"]!["earliestExpiry"]!.GetValue<string>());

        var notice = (await fixture.Api.DataAsync("mutation($i: IssueNoticeInput!) { issueNotice(input: $i) { notice { id } } }",
            new { i = new { householdId = household, kind = "DUNNING_LETTER" } }))["issueNotice"]!["notice"]!["id"]!.GetValue<string>();
        Assert.Equal("2028-06-15", (await fixture.Api.DataAsync(Limitation, new { id = household }))["household"]!["limitation"]!["earliestExpiry"]!.GetValue<string>());

        var today = Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        await fixture.Api.DataAsync("mutation($i: RecordNoticeDeliveryInput!) { recordNoticeDelivery(input: $i) { notice { delivery { deliveredOn } } } }", new
        {
            i = new { householdId = household, noticeId = notice, deliveredOn = today.ToString("yyyy-MM-dd"), method = "EMS", proof = "EMS 1234567890123 本人签收" },
        });
        Assert.Equal(today.AddYears(3).ToString("yyyy-MM-dd"),
            (await fixture.Api.DataAsync(Limitation, new { id = household }))["household"]!["limitation"]!["earliestExpiry"]!.GetValue<string>());

        // Across the project: 3-301 now expires in three years; within 90 days nothing of the fixture's does.
        const string Expiring = "query($n: ID!, $d: Int) { limitationExpiring(nodeId: $n, withinDays: $d) { household { id } limitation { earliestExpiry } } }";
        Assert.Empty((await fixture.Api.DataAsync(Expiring, new { n = fixture.Tree.Project, d = 90 }))["limitationExpiring"]!.AsArray());
        var withinFourYears = (await fixture.Api.DataAsync(Expiring, new { n = fixture.Tree.Project, d = 4 * 366 }))["limitationExpiring"]!.AsArray();
        Assert.Contains(withinFourYears, e => e!["household"]!["id"]!.GetValue<string>() == household
            && e["limitation"]!["earliestExpiry"]!.GetValue<string>() == today.AddYears(3).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task A_project_that_set_no_legal_policy_uses_the_standard_thresholds()
    {
        var policy = (await fixture.Api.DataAsync("query($p: ID!) { legalPolicy(projectId: $p) { step minAgeDays minAmount minContacts } }", new { p = fixture.Tree.Project }))["legalPolicy"]!;
        Assert.Equal("LAWYER_LETTER 90 1000.00 3", $"{policy[0]!["step"]} {policy[0]!["minAgeDays"]} {policy[0]!["minAmount"]} {policy[0]!["minContacts"]}");
        var (_, body) = await fixture.Api.PostAsync("mutation($i: RequestLegalStepInput!) { requestLegalStep(input: $i) { request { id } } }",
            new { i = new { householdId = fixture.Household(0, "1-101"), step = "LAWYER_LETTER", reason = "拒缴", deadline = Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(10).ToString("yyyy-MM-dd") } });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(body));
    }
}
