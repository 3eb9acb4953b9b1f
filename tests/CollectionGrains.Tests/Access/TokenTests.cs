using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CollectionGrains.Tests.Access;

/// <summary>Every request carries a valid token: missing, malformed, forged, tampered, expired or unknown-key tokens get UNAUTHENTICATED and run nothing.</summary>
public sealed class TokenTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private const string Read = "query($id: ID!) { orgNode(id: $id) { name } }";

    [Fact]
    public async Task A_valid_token_reads()
    {
        var (status, body) = await fixture.Api.PostAsync(Read, new { id = fixture.Group }, token: fixture.TokenFor(Role.GroupAdmin));
        Assert.Equal((200, "集团"), (status, body["data"]!["orgNode"]!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("malformed")]
    [InlineData("forged")]
    [InlineData("tampered")]
    [InlineData("expired")]
    [InlineData("unknown key id")]
    [InlineData("alg none")]
    public async Task A_bad_token_is_unauthenticated_and_changes_nothing(string kind)
    {
        var household = fixture.Api.Grains.GetGrain<CollectionGrains.Billing.IHouseholdGrain>(fixture.Household(1));
        var paymentsBefore = (await household.GetPaymentsAsync()).Count;
        var token = BadToken(kind);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                query = "mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { appliedNow } }",
                variables = new { input = new { paymentId = $"bad-{kind}-{Guid.NewGuid():N}", householdId = fixture.Household(1), amount = "5.00", channel = "COUNTER", paidAt = "2026-01-02T09:00:00+08:00" } },
            }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        using var response = await fixture.Api.Http.SendAsync(request);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);
        Assert.Equal(paymentsBefore, (await household.GetPaymentsAsync()).Count);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("forged")]
    [InlineData("expired")]
    public async Task A_socket_without_a_valid_token_is_closed_with_4403(string kind)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(fixture.Api.WebSocketUri, CancellationToken.None);
        object payload = BadToken(kind) is { } token ? new { Authorization = $"Bearer {token}" } : new { };
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { type = "connection_init", payload }), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var result = await socket.ReceiveAsync(new byte[4096], timeout.Token);
        Assert.Equal((WebSocketMessageType.Close, 4403), (result.MessageType, (int?)socket.CloseStatus));
    }

    private string? BadToken(string kind)
    {
        var good = fixture.TokenFor(Role.GroupAdmin);
        var parts = good.Split('.');
        return kind switch
        {
            "none" => null,
            "malformed" => "not-a-jwt",
            "forged" => Issuer(new TokenSettings { Keys = [("test-key", new byte[32])] }),
            "tampered" => $"{Base64Url(Base64UrlDecode(parts[0]))}.{Base64Url(Base64UrlDecode(parts[1]).Replace("GroupAdmin", "Auditor", StringComparison.Ordinal))}.{parts[2]}",
            "expired" => new AccessTokens(Options.Create(TestApi.TokenSettings), fixture.Api.Grains)
                .Issue(new UserAccount("x", "X", Role.GroupAdmin, fixture.Group), issuedAt: DateTimeOffset.UtcNow.AddHours(-9)).Token,
            "unknown key id" => Issuer(new TokenSettings { Keys = [("other-key", TestApi.TokenSettings.Keys[0].Secret)] }),
            "alg none" => $"{Base64Url("""{"alg":"none","typ":"JWT","kid":"test-key"}""")}.{parts[1]}.",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        string Issuer(TokenSettings settings) =>
            new AccessTokens(Options.Create(settings), fixture.Api.Grains).Issue(new UserAccount("x", "X", Role.GroupAdmin, fixture.Group)).Token;
    }

    private static string Base64UrlDecode(string part) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(part.Replace('-', '+').Replace('_', '/').PadRight(part.Length + (4 - part.Length % 4) % 4, '=')));

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
