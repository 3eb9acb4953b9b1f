using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CollectionGrains.Billing;
using CollectionGrains.Tests.Billing;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>Bad requests get the status of the GraphQL-over-HTTP spec and an error code from the fixed set, and change nothing.</summary>
public sealed class BadInputTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] Codes = ["BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "CONFLICT", "INTERNAL"];

    [Theory]
    [InlineData("12.345", "BAD_USER_INPUT")]   // over-precise
    [InlineData("1e3", "BAD_USER_INPUT")]      // exponent
    [InlineData("abc", "BAD_USER_INPUT")]      // not a number
    [InlineData("-5.00", "BAD_USER_INPUT")]    // negative
    [InlineData("0", "BAD_USER_INPUT")]        // nothing paid
    public async Task A_payment_with_a_bad_amount_is_refused_and_records_nothing(string amount, string code)
    {
        var household = fixture.Household(0, "1-101");
        var paymentId = BillingFixtures.NewId("bad");
        var (status, body) = await fixture.Api.PostAsync("""
            mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { appliedNow } }
            """, new { input = new { paymentId, householdId = household, amount, channel = "COUNTER", paidAt = "2026-01-05T10:00:00+08:00" } });

        Assert.Equal(code, ApiFixture.Code(body));
        Assert.True(status is 200 or 400, $"{status}");
        Assert.DoesNotContain(await fixture.Api.Grains.GetGrain<IHouseholdGrain>(household).GetPaymentsAsync(), p => p.PaymentId == paymentId);
    }

    [Theory]
    [InlineData("{ orgRoots { id noSuchField } }", 400, "BAD_USER_INPUT")]                               // unknown field
    [InlineData("{ orgNode(id: 5.5) { id } }", 400, "BAD_USER_INPUT")]                                   // wrong type
    [InlineData("{ orgRoots { id ", 400, "BAD_USER_INPUT")]                                              // syntax
    [InlineData("{ arrears(nodeId: \"no-such-node\") { totalCount } }", 200, "NOT_FOUND")]               // unknown id
    [InlineData("{ orgRoots { children(first: 0) { totalCount } } }", 200, "BAD_USER_INPUT")]            // bad page size
    [InlineData("{ orgRoots { children(after: \"bm9wZQ==\") { totalCount } } }", 200, "BAD_USER_INPUT")] // forged cursor
    public async Task Bad_documents_and_arguments_get_the_spec_status_and_a_fixed_code(string query, int expectedStatus, string code)
    {
        var (status, body) = await fixture.Api.PostAsync(query);

        Assert.Equal((expectedStatus, code), (status, ApiFixture.Code(body)));
        Assert.Equal(expectedStatus == 200, ((JsonObject)body).ContainsKey("data"));
    }

    [Fact]
    public async Task A_payment_to_an_unknown_household_is_not_found()
    {
        var (_, body) = await fixture.Api.PostAsync("""
            mutation { recordPayment(input: {paymentId: "p1", householdId: "no/such", amount: "10.00", channel: COUNTER, paidAt: "2026-01-05T10:00:00+08:00"}) { appliedNow } }
            """);
        Assert.Equal("NOT_FOUND", ApiFixture.Code(body));
    }

    [Fact]
    public async Task Too_deep_and_oversize_documents_are_refused_before_anything_runs()
    {
        var deep = "{ orgRoots { " + string.Concat(Enumerable.Repeat("children { edges { node { ", 8)) + "id" + new string('}', 8 * 3) + " } }";
        var (deepStatus, deepBody) = await fixture.Api.PostAsync(deep);
        var huge = "{ orgRoots { id } }" + new string(' ', 40_000);
        var (hugeStatus, hugeBody) = await fixture.Api.PostAsync(huge);

        Assert.Equal((400, "BAD_USER_INPUT"), (deepStatus, ApiFixture.Code(deepBody)));
        Assert.Contains("depth", deepBody["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal((400, "BAD_USER_INPUT"), (hugeStatus, ApiFixture.Code(hugeBody)));
    }

    [Fact]
    public async Task The_transport_answers_malformed_requests_with_the_statuses_of_the_spec()
    {
        var http = fixture.Api.Http;
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{not json", "application/graphql-response+json")).StatusCode);
        var asJson = await Post("{not json", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, asJson.StatusCode);
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(JsonNode.Parse(await asJson.Content.ReadAsStringAsync())!));
        var validationAsJson = await Post("""{"query": "{ orgRoots { nope } }"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, validationAsJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("""{"query": 42}""", "application/graphql-response+json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, (await Post("""{"query": "{ orgRoots { id } }"}""", "text/csv")).StatusCode);
        var wrongType = await http.PostAsync("/graphql", new StringContent("query { orgRoots { id } }", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        var mutationOverGet = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { runBilling(input: {projectId: \"x\", period: \"2026-01\"}) { households } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutationOverGet.StatusCode);
        var queryOverGet = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ orgRoots { id } }"));
        Assert.Equal(HttpStatusCode.OK, queryOverGet.StatusCode);
        Assert.StartsWith("application/json", queryOverGet.Content.Headers.ContentType!.ToString());
        return;

        async Task<HttpResponseMessage> Post(string body, string accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd(accept);
            return await http.SendAsync(request);
        }
    }

    [Fact]
    public async Task Every_error_carries_one_code_of_the_fixed_set_and_no_internal_detail()
    {
        var (_, body) = await fixture.Api.PostAsync("{ orgRoots { id nope } household(id: 1) { id } }");
        foreach (var error in body["errors"]!.AsArray())
        {
            Assert.Contains(error!["extensions"]!["code"]!.GetValue<string>(), Codes);
            Assert.DoesNotContain("   at ", error.ToJsonString());
        }
    }

    [Fact]
    public async Task GraphiQL_is_served_to_a_browser_with_its_scripts()
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");
        var html = await (await fixture.Api.Http.SendAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("graphiql.min.js", html);
        foreach (var asset in new[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js", "graphql-ws.min.js" })
        {
            var response = await fixture.Api.Http.GetAsync($"/graphql/assets/{asset}");
            Assert.True(response.IsSuccessStatusCode, asset);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, asset);
        }
    }
}
