using CollectionGrains.Outreach;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// The pay path over HTTP, open to anyone holding a pay link (the link is the credential): the owner's page, its QR
/// code, starting a payment at the provider; and the provider's notification endpoint, which trusts only the signature.
/// </summary>
internal static class PayEndpoints
{
    private const int MaxNotificationBytes = 64 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/pay/{token}", async (HttpContext http, string token) =>
        {
            var view = await Gateway(http).OpenPayLinkAsync(token);
            http.Response.Headers.CacheControl = "no-store";
            await Html(http, view is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK,
                view is null ? PayPage.Invalid() : PayPage.Render(view, token));
        });
        endpoints.MapGet("/pay/{token}/qr.png", async (HttpContext http, string token) =>
            await Gateway(http).GetQrCodeAsync(token) is { } png ? Results.File(png, "image/png") : Results.NotFound());
        endpoints.MapPost("/pay/{token}", async (HttpContext http, string token) =>
            await Gateway(http).StartPaymentAsync(token) is { } order
                ? Results.Redirect($"{order.CashierUrl}?return={Uri.EscapeDataString("/pay/" + token)}", preserveMethod: false)
                : Results.NotFound());
        endpoints.MapPost(ProviderNotification.Path, NotifyAsync);
    }

    private static async Task NotifyAsync(HttpContext http)
    {
        if (await BoundedBody.ReadAsync(http, MaxNotificationBytes) is not { } body)
        {
            return;
        }
        var headers = http.Request.Headers;
        var outcome = await Gateway(http).HandleNotificationAsync(new ProviderNotification(
            headers[ProviderNotification.TimestampHeader].ToString(), headers[ProviderNotification.NonceHeader].ToString(),
            headers[ProviderNotification.SignatureHeader].ToString(), body));
        // The providers' own reply: 200 with SUCCESS stops the resends; anything else makes the provider try again later.
        http.Response.StatusCode = outcome.Accepted ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        await http.Response.WriteAsJsonAsync(new { code = outcome.Accepted ? "SUCCESS" : "FAIL", message = outcome.Accepted ? "成功" : outcome.Message });
    }

    private static IPaymentGatewayGrain Gateway(HttpContext http) => http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IPaymentGatewayGrain>(0);

    private static async Task Html(HttpContext http, int status, string html)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }
}
