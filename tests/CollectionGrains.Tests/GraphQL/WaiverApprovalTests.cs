using System.Globalization;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Tests.Billing;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>
/// 减免审批 through the API: the approver is the signed-in user; a waiver above the project's limit (¥500 by default)
/// forgives nothing until a second user approves it, and the one who asked cannot.
/// </summary>
public sealed class WaiverApprovalTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Waive = "mutation($i: WaiveBillInput!) { waiveBill(input: $i) { waiverId lateFee principal requestedBy approver awaitingApproval appliedNow } }";
    private const string Approve = "mutation($i: ApproveWaiverInput!) { approveWaiver(input: $i) { lateFee principal requestedBy approver awaitingApproval appliedNow } }";
    private const string Owed = "query($id: ID!) { household(id: $id) { arrears { total } } }";

    [Fact]
    public async Task A_waiver_above_the_limit_waits_for_a_second_user_and_then_forgives_what_it_said()
    {
        var household = fixture.Household(2, "3-301");
        await fixture.Api.Grains.GetGrain<IHouseholdGrain>(household).IssueBillsAsync([BillingFixtures.Opening("2024-01", 900m)]);
        var bill = (await fixture.Api.Grains.GetGrain<IHouseholdGrain>(household).GetBillsAsync(null)).Single(b => b.Principal == 900m).BillId;
        var (asker, second) = (Token("finance-zhang"), Token("finance-li"));
        var before = await OwedAsync(household);
        var input = new { waiverId = BillingFixtures.NewId("w"), householdId = household, billId = bill, reason = "房屋漏水，业主长期无法入住" };

        var asked = (await fixture.Api.DataAsync(Waive, new { i = input }, asker))["waiveBill"]!;
        Assert.Equal((true, false, "finance-zhang", ""), (asked["awaitingApproval"]!.GetValue<bool>(), asked["appliedNow"]!.GetValue<bool>(),
            asked["requestedBy"]!.GetValue<string>(), asked["approver"]!.GetValue<string>()));
        Assert.Equal(before, await OwedAsync(household));   // nothing forgiven yet

        var (_, byAsker) = await fixture.Api.PostAsync(Approve, new { i = new { householdId = household, input.waiverId } }, token: asker);
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(byAsker));
        Assert.Contains("second person", byAsker["errors"]![0]!["message"]!.GetValue<string>());

        var approved = (await fixture.Api.DataAsync(Approve, new { i = new { householdId = household, input.waiverId } }, second))["approveWaiver"]!;
        Assert.Equal((false, true, "finance-zhang", "finance-li"), (approved["awaitingApproval"]!.GetValue<bool>(), approved["appliedNow"]!.GetValue<bool>(),
            approved["requestedBy"]!.GetValue<string>(), approved["approver"]!.GetValue<string>()));
        var forgiven = Money(approved["lateFee"]) + Money(approved["principal"]);
        Assert.True(forgiven > 500m);
        Assert.Equal(before - forgiven, await OwedAsync(household));
        Assert.False((await fixture.Api.DataAsync(Approve, new { i = new { householdId = household, input.waiverId } }, second))["approveWaiver"]!["appliedNow"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_waiver_within_the_limit_is_applied_at_once_with_the_signed_in_user_as_approver()
    {
        var household = fixture.Household(0, "1-101");
        var bill = (await fixture.Api.Grains.GetGrain<IHouseholdGrain>(household).GetBillsAsync(null)).First(b => b.TotalDue is > 0 and <= 500m);

        var waived = (await fixture.Api.DataAsync(Waive, new { i = new { waiverId = BillingFixtures.NewId("w"), householdId = household, billId = bill.BillId, reason = "疫情减免" } },
            Token("finance-wang")))["waiveBill"]!;

        Assert.Equal((true, "finance-wang", "finance-wang"), (waived["appliedNow"]!.GetValue<bool>(), waived["requestedBy"]!.GetValue<string>(), waived["approver"]!.GetValue<string>()));
    }

    private string Token(string username) => fixture.Api.TokenFor(Role.Finance, fixture.Tree.Group, username);

    private async Task<decimal> OwedAsync(string household) =>
        Money((await fixture.Api.DataAsync(Owed, new { id = household }))["household"]!["arrears"]!["total"]);

    private static decimal Money(System.Text.Json.Nodes.JsonNode? value) => decimal.Parse(value!.GetValue<string>(), CultureInfo.InvariantCulture);
}
