using System.Net;
using System.Text.Json.Nodes;
using CollectionGrains.Billing;
using CollectionGrains.Organisation;
using CollectionGrains.Outreach;
using CollectionGrains.Outreach.PayLinks;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.Tests.Outreach;

/// <summary>
/// The pay path end to end over HTTP: the household's pay link and its QR code, the owner's page, the order at the
/// sandbox provider, the provider's signed notification, the payment in the ledger once, and the group's totals.
/// Forged, tampered, stale and replayed notifications change nothing.
/// </summary>
public sealed class PayLinkTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string LinkQuery = "query($id: ID!) { household(id: $id) { payLink { url qrCodeUrl expiresAt } arrears { total principal } payments { paymentId amount } } }";

    [Fact]
    public async Task An_owner_pays_through_the_link_once_and_the_group_total_moves_by_exactly_that()
    {
        var household = fixture.Household(0, "1-101");   // 张伟: ¥500 of 2025 bills and their late fees
        var before = (await fixture.Api.DataAsync(LinkQuery, new { id = household }))["household"]!;
        var url = before["payLink"]!["url"]!.GetValue<string>();
        var owed = Money(before["arrears"]!["total"]);
        var principal = Money(before["arrears"]!["principal"]);
        var groupBefore = await GroupPrincipalAsync();
        Assert.Equal(500m, principal);

        using var browser = Browser();
        var page = await browser.GetStringAsync(url);
        Assert.Contains("张*", page);
        Assert.DoesNotContain("张伟", page);
        Assert.DoesNotContain("13800138000", page);
        Assert.Contains(CollectionGrains.Kernel.Money.Yuan(owed), page);
        var png = await browser.GetByteArrayAsync(before["payLink"]!["qrCodeUrl"]!.GetValue<string>());
        Assert.Equal([url], await PrintedDocuments.QrCodesInImageAsync(png));

        using var start = await browser.PostAsync(url, null);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var orderId = start.Headers.Location!.AbsolutePath.Split('/').Last();
        var order = (await fixture.Api.Grains.GetGrain<IPaymentOrderGrain>(orderId).GetAsync())!;
        Assert.Equal((household, owed), (order.HouseholdId, order.Amount));

        Assert.True(await Provider.PayAsync(orderId));

        var after = (await fixture.Api.DataAsync(LinkQuery, new { id = household }))["household"]!;
        Assert.Equal(0m, Money(after["arrears"]!["total"]));
        var paid = after["payments"]!.AsArray().Where(p => p!["paymentId"]!.GetValue<string>().StartsWith("wxpay-", StringComparison.Ordinal)).ToList();
        Assert.Equal(owed, Money(Assert.Single(paid)!["amount"]));
        await Eventually.TrueAsync(async () => await GroupPrincipalAsync() == groupBefore - principal, TimeSpan.FromSeconds(20),
            "the group's arrears principal falls by the household's principal");
        Assert.Contains("已缴清", await browser.GetStringAsync(url));

        // The provider resends the same transaction (its reply was lost): accepted, nothing recorded twice.
        var transactionId = (await fixture.Api.Grains.GetGrain<IPaymentOrderGrain>(orderId).GetAsync())!.TransactionId!;
        var paidAt = (await Ledger(household).GetPaymentsAsync()).Single(p => p.PaymentId.StartsWith("wxpay-", StringComparison.Ordinal)).PaidAt;
        var again = new ProviderTransaction(orderId, transactionId, true, (long)(owed * 100), paidAt).ToJson();
        Assert.True(await Provider.NotifyAsync(again));
        Assert.Single(await Ledger(household).GetPaymentsAsync(), p => p.PaymentId.StartsWith("wxpay-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forged_tampered_stale_and_foreign_notifications_change_nothing()
    {
        var household = fixture.Household(2, "3-301");
        var link = await fixture.Api.Grains.GetGrain<IHouseholdOutreachGrain>(household).GetPayLinkAsync();
        using var browser = Browser();
        using var start = await browser.PostAsync(link.Url, null);
        var orderId = start.Headers.Location!.AbsolutePath.Split('/').Last();
        var order = (await fixture.Api.Grains.GetGrain<IPaymentOrderGrain>(orderId).GetAsync())!;
        var owedBefore = (await Ledger(household).GetArrearsAsync(null)).Total;
        var body = new ProviderTransaction(orderId, "4200999", true, (long)(order.Amount * 100), DateTimeOffset.UtcNow).ToJson();

        // Tampered: signed for one body, sent with another (the amount raised to one fen).
        using (var tampered = Provider.Signed(body, DateTimeOffset.UtcNow))
        {
            tampered.Content = new StringContent(body.Replace($"\"total\":{(long)(order.Amount * 100)}", "\"total\":1"), System.Text.Encoding.UTF8, "application/json");
            await AssertRefusedAsync(tampered);
        }
        // Forged: signed with a key that is not the provider's.
        var forger = new SandboxPayProvider(OutreachSettings.WithRandomKeys(fixture.Api.BaseUri.ToString()), fixture.Api.Grains);
        using (var forged = forger.Signed(body, DateTimeOffset.UtcNow))
        {
            await AssertRefusedAsync(forged);
        }
        // Stale: a real notification replayed ten minutes later.
        using (var stale = Provider.Signed(body, DateTimeOffset.UtcNow.AddMinutes(-10)))
        {
            await AssertRefusedAsync(stale);
        }
        // Signed properly, but for an amount that is not the order's, or an order that does not exist.
        using (var wrongAmount = Provider.Signed(new ProviderTransaction(orderId, "4200998", true, 1, DateTimeOffset.UtcNow).ToJson(), DateTimeOffset.UtcNow))
        {
            await AssertRefusedAsync(wrongAmount);
        }
        using (var unknown = Provider.Signed(new ProviderTransaction("no-such-order", "4200997", true, 100, DateTimeOffset.UtcNow).ToJson(), DateTimeOffset.UtcNow))
        {
            await AssertRefusedAsync(unknown);
        }

        Assert.Equal(owedBefore, (await Ledger(household).GetArrearsAsync(null)).Total);
        Assert.DoesNotContain(await Ledger(household).GetPaymentsAsync(), p => p.PaymentId.StartsWith("wxpay-", StringComparison.Ordinal));
        Assert.Null((await fixture.Api.Grains.GetGrain<IPaymentOrderGrain>(orderId).GetAsync())!.TransactionId);
    }

    [Fact]
    public async Task A_revoked_or_altered_link_opens_nothing_and_a_new_one_works()
    {
        var household = fixture.Household(1, "2-201");
        var old = await fixture.Api.Grains.GetGrain<IHouseholdOutreachGrain>(household).GetPayLinkAsync();
        using var browser = Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(old.Url)).StatusCode);

        var revoked = (await fixture.Api.DataAsync("mutation($h: ID!) { revokePayLinks(input: {householdId: $h}) { url } }", new { h = household }))["revokePayLinks"]!;

        using var gone = await browser.GetAsync(old.Url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("链接已失效", await gone.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync(old.Url, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(old.QrCodeUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(revoked["url"]!.GetValue<string>())).StatusCode);

        // One character of the signature changed, or another household's id in the payload: refused.
        var token = revoked["url"]!.GetValue<string>().Split("/pay/")[1];
        var flipped = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/pay/{flipped}")).StatusCode);
    }

    private SandboxPayProvider Provider => fixture.Api.Services.GetRequiredService<SandboxPayProvider>();

    private IHouseholdGrain Ledger(string household) => fixture.Api.Grains.GetGrain<IHouseholdGrain>(household);

    private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Api.BaseUri };

    private async Task<decimal> GroupPrincipalAsync() => (await fixture.Api.Grains.GetGrain<IOrgNodeGrain>(fixture.Tree.Group).GetAsync())!.Totals.ArrearsPrincipal;

    private async Task AssertRefusedAsync(HttpRequestMessage notification)
    {
        using var client = new HttpClient();
        using var response = await client.SendAsync(notification);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("FAIL", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
    }

    private static decimal Money(JsonNode? node) => decimal.Parse(node!.ToJsonString().Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
}
