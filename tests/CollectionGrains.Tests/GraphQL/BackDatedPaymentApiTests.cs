using System.Globalization;
using System.Text.Json.Nodes;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>
/// The late fee a back-dated payment removes, through the API and the Billing tables: a household long in arrears pays
/// half of what it owes today, then the rest in a payment dated ten days after its oldest due date (a transfer found
/// late). Every cent paid must be on a bill, never above what the bill charges, or in prepaid — in the grain and in SQL.
/// </summary>
public sealed class BackDatedPaymentApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Pay = "mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { appliedNow } }";
    private const string Ledger = "query($id: ID!) { household(id: $id) { prepaid bills { dueDate principalDue lateFeeAccrued lateFeePaid totalDue } } }";

    [Fact]
    public async Task Late_fee_paid_above_what_then_accrued_becomes_prepaid_and_the_tables_agree()
    {
        var household = fixture.Household(2, "3-301");   // one bill of 180.50 due 2025-06-15
        var before = (await fixture.Api.DataAsync(Ledger, new { id = household }))["household"]!;
        var bill = before["bills"]![0]!;
        var owed = Money(bill["totalDue"]);
        var lateFee = Money(bill["lateFeeAccrued"]);
        Assert.True(lateFee > 0, "the bill has accrued a late fee");
        var half = Math.Round(owed / 2, 2);
        var rest = owed - half;
        var tenDaysAfterDue = DateOnly.Parse(bill["dueDate"]!.GetValue<string>(), CultureInfo.InvariantCulture).AddDays(10);

        await PayAsync(household, "today", half, DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)));
        await PayAsync(household, "found-late", rest, new DateTimeOffset(tenDaysAfterDue.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));

        var after = (await fixture.Api.DataAsync(Ledger, new { id = household }))["household"]!;
        var settled = after["bills"]![0]!;
        var prepaid = Money(after["prepaid"]);
        Assert.Equal(0m, Money(settled["totalDue"]));
        Assert.True(Money(settled["lateFeePaid"]) <= Money(settled["lateFeeAccrued"]), settled.ToJsonString());
        Assert.True(prepaid > 0, "the late fee that no longer accrued is prepaid");
        // Conservation: paid = principal + the late fee the bill charges now + prepaid.
        Assert.Equal(owed, 180.50m + Money(settled["lateFeeAccrued"]) + prepaid);

        await Eventually.TrueAsync(async () => await TestPostgres.ScalarAsync<decimal>(
                "SELECT coalesce(sum(principal + late_fee), 0) FROM billing.allocation WHERE household_id = @h", ("h", household))
            == owed - prepaid, TimeSpan.FromSeconds(20), "billing.allocation holds what the bills hold (the returned late fee as a negative row)");
    }

    private async Task PayAsync(string household, string name, decimal amount, DateTimeOffset at)
    {
        var data = await fixture.Api.DataAsync(Pay, new
        {
            input = new
            {
                paymentId = BillingFixtures.NewId(name), householdId = household, amount = amount.ToString("0.00", CultureInfo.InvariantCulture),
                channel = "BANK_TRANSFER", paidAt = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            },
        });
        Assert.True(data["recordPayment"]!["appliedNow"]!.GetValue<bool>());
    }

    private static decimal Money(JsonNode? value) => decimal.Parse(value!.GetValue<string>(), CultureInfo.InvariantCulture);
}
