using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CollectionGrains.Billing;
using CollectionGrains.Tests.Billing;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>
/// Requests a hostile or careless client sends: each is a 400 / BAD_USER_INPUT with a message, never a 500 or an
/// INTERNAL "retry", and nothing is recorded.
/// </summary>
public sealed class HostileInputTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string RecordPayment = "mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { appliedNow } }";

    [Fact]
    public async Task A_document_nested_sixty_levels_deep_is_a_bad_request_with_a_message_signed_in_or_not()
    {
        // Sixty levels of the drill-down: beyond the parser's depth limit, so the parser itself refuses it.
        var deep = "{ orgRoots { " + string.Concat(Enumerable.Repeat("children { edges { node { ", 60)) + "id" + new string('}', 60 * 3) + " } }";

        var (status, body) = await fixture.Api.PostAsync(deep);
        Assert.Equal((400, "BAD_USER_INPUT"), (status, ApiFixture.Code(body)));
        Assert.False(string.IsNullOrWhiteSpace(body["errors"]![0]!["message"]!.GetValue<string>()));

        using var anonymous = new HttpClient { BaseAddress = fixture.Api.BaseUri };
        var response = await anonymous.PostAsync("/graphql", new StringContent(
            new JsonObject { ["query"] = "mutation " + deep }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{response.StatusCode}");
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("\0")]            // NUL: PostgreSQL refuses the byte
    [InlineData("\u0007")]        // BEL
    [InlineData("\u001b[31m")]    // an escape sequence
    public async Task An_id_with_a_control_character_is_bad_input_before_any_grain_is_called(string bad)
    {
        var id = fixture.Household(0, "1-101") + bad;
        var (_, asVariable) = await fixture.Api.PostAsync("query($id: ID!) { household(id: $id) { id } }", new { id });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(asVariable));
        Assert.Contains("control character", asVariable["errors"]![0]!["message"]!.GetValue<string>());

        var paymentId = BillingFixtures.NewId("ctl") + bad;
        var (_, payment) = await fixture.Api.PostAsync(RecordPayment, new
        {
            input = new { paymentId, householdId = fixture.Household(0, "1-101"), amount = "10.00", channel = "COUNTER", paidAt = "2026-01-05T10:00:00+08:00" },
        });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(payment));
    }

    [Fact]
    public async Task An_overlong_id_and_text_with_an_unpaired_surrogate_are_bad_input()
    {
        var (_, longId) = await fixture.Api.PostAsync("query($id: ID!) { household(id: $id) { id } }", new { id = new string('x', 201) });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(longId));

        var (status, surrogate) = await fixture.Api.PostAsync("""query { household(id: "a\ud800b") { id } }""");
        Assert.Equal((400, "BAD_USER_INPUT"), (status, ApiFixture.Code(surrogate)));
    }

    [Fact]
    public async Task Money_as_a_JSON_number_is_refused_and_nothing_is_recorded()
    {
        var household = fixture.Household(0, "1-101");
        var paymentId = BillingFixtures.NewId("float");
        var (_, body) = await fixture.Api.PostAsync(RecordPayment, new
        {
            input = new { paymentId, householdId = household, amount = 1.0m, channel = "COUNTER", paidAt = "2026-01-05T10:00:00+08:00" },
        });

        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(body));
        Assert.Contains("Money", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain(await fixture.Api.Grains.GetGrain<IHouseholdGrain>(household).GetPaymentsAsync(), p => p.PaymentId == paymentId);
    }

    [Theory]
    [InlineData("1900-01-01T10:00:00+08:00")]   // before the household could owe anything (moved in 2020-05-01)
    [InlineData("2099-01-01T10:00:00+08:00")]   // in the future
    public async Task A_payment_dated_outside_the_households_life_is_refused(string paidAt)
    {
        var household = fixture.Household(0, "1-101");
        var paymentId = BillingFixtures.NewId("date");
        var (_, body) = await fixture.Api.PostAsync(RecordPayment, new
        {
            input = new { paymentId, householdId = household, amount = "10.00", channel = "COUNTER", paidAt },
        });

        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(body));
        Assert.DoesNotContain(await fixture.Api.Grains.GetGrain<IHouseholdGrain>(household).GetPaymentsAsync(), p => p.PaymentId == paymentId);
    }
}
