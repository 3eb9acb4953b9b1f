using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Access;

/// <summary>A collector of one project against a sibling project in the same branch: whatever ids they guess, nothing of it is read, paged into, subscribed to or changed.</summary>
public sealed class ScopeTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private string Collector => fixture.TokenFor(Role.Collector);

    [Theory]
    [InlineData("household")]
    [InlineData("project")]
    [InlineData("building")]
    [InlineData("branch")]
    [InlineData("group")]
    [InlineData("other group")]
    public async Task A_collector_reads_nothing_outside_their_project_and_it_looks_unknown(string what)
    {
        var (query, id) = what switch
        {
            "household" => ("query($id: ID!) { household(id: $id) { room owner { name } } }", fixture.Household(2)),
            "project" => ("query($id: ID!) { orgNode(id: $id) { name totals { arrearsPrincipal } } }", fixture.Project(2)),
            "building" => ("query($id: ID!) { orgNode(id: $id) { households { edges { node { id } } } } }", fixture.Building(2)),
            "branch" => ("query($id: ID!) { orgNode(id: $id) { children { edges { node { id } } } } }", fixture.ScopeOf(Role.BranchManager)),
            "group" => ("query($id: ID!) { orgNode(id: $id) { totals { collected } } }", fixture.Group),
            _ => ("query($id: ID!) { orgNode(id: $id) { name } }", fixture.OtherGroup),
        };
        var seen = await fixture.Api.PostAsync(query, new { id }, token: Collector);
        var unknown = await fixture.Api.PostAsync(query, new { id = "no-such-id" }, token: Collector);

        Assert.Equal(unknown.Body.ToJsonString().Replace("no-such-id", id, StringComparison.Ordinal), seen.Body.ToJsonString());
        Assert.DoesNotContain(fixture.Household(2), seen.Body.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("../p2")]
    [InlineData("%")]
    public async Task Odd_ids_read_nothing(string id)
    {
        var data = await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { id } household(id: $id) { id } }", new { id }, Collector);
        Assert.Equal((null, null), ((object?)data["orgNode"], (object?)data["household"]));
    }

    [Fact]
    public async Task A_collector_sees_their_project_but_not_above_it_and_cannot_page_into_a_wider_list()
    {
        var wide = await fixture.Api.DataAsync("query($id: ID!) { arrears(nodeId: $id, first: 1) { pageInfo { endCursor } } }", new { id = fixture.ScopeOf(Role.BranchManager) }, fixture.TokenFor(Role.BranchManager));
        var cursor = wide["arrears"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var own = await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { parent { id } children { totalCount } } arrears(nodeId: $id) { edges { node { id } } } }", new { id = fixture.Project(1) }, Collector);
        var paged = await fixture.Api.PostAsync("query($id: ID!, $after: String) { arrears(nodeId: $id, after: $after) { edges { node { id } } } }", new { id = fixture.Project(1), after = cursor }, token: Collector);
        var wider = await fixture.Api.PostAsync("query($id: ID!) { arrears(nodeId: $id) { edges { node { id } } } }", new { id = fixture.ScopeOf(Role.BranchManager) }, token: Collector);

        Assert.Null(own["orgNode"]!["parent"]);
        Assert.Equal(1, own["orgNode"]!["children"]!["totalCount"]!.GetValue<int>());
        Assert.Equal([fixture.Household(1)], own["arrears"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.DoesNotContain(fixture.Household(2), paged.Body.ToJsonString());
        Assert.Equal("NOT_FOUND", wider.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_collector_cannot_pay_reverse_or_waive_in_another_project_and_nothing_changes()
    {
        var other = fixture.Api.Grains.GetGrain<IHouseholdGrain>(fixture.Household(2));
        var payment = await other.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("other"), 3m));
        var before = JsonSerializer.Serialize(await other.GetPaymentsAsync());
        var bill = (await other.GetBillsAsync(null))[0].BillId;

        var pay = await fixture.Api.PostAsync("mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { appliedNow } }",
            new { i = new { paymentId = BillingFixtures.NewId("x"), householdId = fixture.Household(2), amount = "9.00", channel = "COUNTER", paidAt = "2026-01-02T09:00:00+08:00" } }, token: Collector);
        var reverse = await fixture.Api.PostAsync("mutation($i: ReversePaymentInput!) { reversePayment(input: $i) { payment { reversed } } }",
            new { i = new { householdId = fixture.Household(2), paymentId = payment.PaymentId, reason = "猜的" } }, token: Collector);
        var waive = await fixture.Api.PostAsync("mutation($i: WaiveBillInput!) { waiveBill(input: $i) { appliedNow } }",
            new { i = new { waiverId = BillingFixtures.NewId("w"), householdId = fixture.Household(2), billId = bill, reason = "猜的" } }, token: Collector);

        Assert.Equal(("NOT_FOUND", $"household {fixture.Household(2)} does not exist"), Error(pay.Body));
        Assert.Equal("FORBIDDEN", Error(reverse.Body).Code);
        Assert.Equal("FORBIDDEN", Error(waive.Body).Code);
        Assert.Equal(before, JsonSerializer.Serialize(await other.GetPaymentsAsync()));
    }

    [Fact]
    public async Task Every_role_subscribes_inside_its_scope_and_outside_it_gets_the_unknown_node_error()
    {
        foreach (var role in AccessFixture.Roles)
        {
            var token = fixture.TokenFor(role);
            var outsideNode = fixture.Project(fixture.OutsideProjectFor(role));
            var inside = await FirstMessageAsync(token, fixture.Project(1));
            var outside = await FirstMessageAsync(token, outsideNode);
            var unknown = await FirstMessageAsync(token, "no-such-node");

            Assert.True(inside["type"]!.GetValue<string>() == "next", $"{role}: {inside.ToJsonString()}");
            Assert.Equal(unknown.ToJsonString().Replace("no-such-node", outsideNode, StringComparison.Ordinal), outside.ToJsonString());
            Assert.Equal("error", outside["type"]!.GetValue<string>());
        }
    }

    private static (string Code, string Message) Error(JsonNode body) =>
        (body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>(), body["errors"]![0]!["message"]!.GetValue<string>());

    private async Task<JsonNode> FirstMessageAsync(string token, string nodeId)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(fixture.Api.WebSocketUri, CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { token } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, new { id = "s", type = "subscribe", payload = new { query = "subscription($id: ID!) { totalsChanged(nodeId: $id) { households } }", variables = new { id = nodeId } } });
        return await ReceiveAsync(socket);
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonNode> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[65536];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!;
    }
}
