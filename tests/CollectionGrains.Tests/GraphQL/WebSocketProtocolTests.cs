using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollectionGrains.Billing;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;
using static CollectionGrains.Tests.Infrastructure.GraphQLSocket;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>The graphql-transport-ws protocol, message by message, with its close codes.</summary>
public sealed class WebSocketProtocolTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Init_is_acknowledged_ping_gets_pong_and_a_query_gets_next_then_complete()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = $"Bearer {Token}" } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync(socket))["type"]!.GetValue<string>());

        await SendAsync(socket, new { id = "q1", type = "subscribe", payload = new { query = "query($id: ID!) { orgNode(id: $id) { level } }", variables = new { id = fixture.Tree.Group } } });
        var next = await ReceiveAsync(socket);
        var complete = await ReceiveAsync(socket);
        Assert.Equal(("next", "q1", "GROUP"), (next["type"]!.GetValue<string>(), next["id"]!.GetValue<string>(), next["payload"]!["data"]!["orgNode"]!["level"]!.GetValue<string>()));
        Assert.Equal(("complete", "q1"), (complete["type"]!.GetValue<string>(), complete["id"]!.GetValue<string>()));

        await SendAsync(socket, new { id = "bad", type = "subscribe", payload = new { query = "{ orgRoots { nope } }" } });
        var error = await ReceiveAsync(socket);
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_pushes_the_totals_now_and_again_after_a_payment_until_the_client_completes_it()
    {
        // A tree of its own, so that no other test's payments move these totals.
        var tree = await OrgTree.CreateAsync(fixture.Api.Grains);
        var household = fixture.Api.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/9-901");
        await household.RegisterAsync(BillingFixtures.Household(tree.Project, $"{tree.Buildings[0]}/9-901") with { BuildingId = tree.Buildings[0] });
        await household.IssueBillsAsync([BillingFixtures.Opening("2025-06", 100m)]);
        using var socket = await ConnectAsync();
        await InitAsync(socket, tree.Group);
        await SendAsync(socket, new { id = "s1", type = "subscribe", payload = new { query = "subscription($id: ID!) { totalsChanged(nodeId: $id) { arrearsPrincipal lateFees } }", variables = new { id = tree.Group } } });

        var owed = await NextOwedAsync(socket, "s1", owed => owed > 0);  // the bill reaches the group
        await household.RecordPaymentAsync(new PaymentRequest(BillingFixtures.NewId("ws"), 12.34m, PaymentChannel.Alipay, DateTimeOffset.UtcNow));
        await NextOwedAsync(socket, "s1", now => now == owed - 12.34m);

        await SendAsync(socket, new { id = "s1", type = "complete" });
        await SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
    }

    /// <summary>Reads pushes until one shows principal + late fee meeting the condition; returns that amount.</summary>
    private static async Task<decimal> NextOwedAsync(ClientWebSocket socket, string id, Func<decimal, bool> condition)
    {
        while (true)
        {
            var pushed = await ReceiveAsync(socket);
            Assert.Equal(("next", id), (pushed["type"]!.GetValue<string>(), pushed["id"]!.GetValue<string>()));
            var totals = pushed["payload"]!["data"]!["totalsChanged"]!;
            var owed = decimal.Parse(totals["arrearsPrincipal"]!.GetValue<string>(), CultureInfo.InvariantCulture)
                       + decimal.Parse(totals["lateFees"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            if (condition(owed))
            {
                return owed;
            }
        }
    }

    [Fact]
    public async Task Subscribing_before_the_ack_closes_with_4401()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { id = "x", type = "subscribe", payload = new { query = "{ orgRoots { id } }" } });
        Assert.Equal(4401, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal(4429, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task A_second_subscriber_with_a_running_id_closes_with_4409()
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);
        var subscribe = new { id = "same", type = "subscribe", payload = new { query = "subscription($id: ID!) { totalsChanged(nodeId: $id) { households } }", variables = new { id = fixture.Tree.Group } } };
        await SendAsync(socket, subscribe);
        Assert.Equal("next", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, subscribe);
        Assert.Equal(4409, await ClosedWithAsync(socket));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"type":"subscribe_me"}""")]
    [InlineData("""{"type":"subscribe","id":"1"}""")]
    [InlineData("[1,2,3]")]
    public async Task A_message_the_protocol_does_not_know_closes_with_4400(string message)
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);
        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal(4400, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task A_socket_that_never_initialises_is_closed_with_4408()
    {
        await using var api = await Infrastructure.TestApi.StartSiloAsync(Infrastructure.TestSilo.NewClusterId("ws"), o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(300));
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(api.WebSocketUri, CancellationToken.None);
        Assert.Equal(4408, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task A_client_that_never_reads_is_cut_off_before_it_costs_the_server_memory()
    {
        await using var api = await Infrastructure.TestApi.StartSiloAsync(Infrastructure.TestSilo.NewClusterId("ws"), o => o.MaxQueuedSocketMessages = 8);
        var tree = await OrgTree.CreateAsync(api.Grains);
        using var socket = await GraphQLSocket.ConnectAsync(api.WebSocketUri);
        await SendAsync(socket, new { type = "connection_init", payload = new { token = api.TokenFor(CollectionGrains.Access.Role.GroupAdmin, tree.Group) } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());

        // Ask for large answers (the schema) and never read one: the server's sends stall, its queue fills, it cuts off.
        var query = new { query = "{ __schema { types { name description fields { name description type { name } } } } }" };
        var stopped = await Record.ExceptionAsync(async () =>
        {
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            for (var i = 0; DateTime.UtcNow < until; i++)
            {
                await SendAsync(socket, new { id = $"q{i}", type = "subscribe", payload = query });
            }
        });

        Assert.True(stopped is WebSocketException or IOException or OperationCanceledException, $"the server kept taking requests: {stopped}");
        using var fresh = await GraphQLSocket.ConnectAsync(api.WebSocketUri);   // and it still serves others
        await SendAsync(fresh, new { type = "connection_init", payload = new { token = api.TokenFor(CollectionGrains.Access.Role.GroupAdmin, tree.Group) } });
        Assert.Equal("connection_ack", (await ReceiveAsync(fresh))["type"]!.GetValue<string>());
    }

    private Task<ClientWebSocket> ConnectAsync() => GraphQLSocket.ConnectAsync(fixture.Api.WebSocketUri);

    private string Token => fixture.Api.TokenFor(CollectionGrains.Access.Role.GroupAdmin, fixture.Tree.Group);

    private async Task InitAsync(ClientWebSocket socket, string? groupId = null)
    {
        var token = fixture.Api.TokenFor(CollectionGrains.Access.Role.GroupAdmin, groupId ?? fixture.Tree.Group);
        await SendAsync(socket, new { type = "connection_init", payload = new { token } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
    }
}
