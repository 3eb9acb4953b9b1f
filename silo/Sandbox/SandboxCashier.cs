using CollectionGrains.Kernel;
using CollectionGrains.Outreach;
using CollectionGrains.Outreach.PayLinks;

namespace CollectionGrains.Silo.Sandbox;

/// <summary>
/// The sandbox provider's cashier page at <c>/sandbox-pay/{orderId}</c>: shows the merchant order and pays it when the
/// owner confirms, then sends them back to their pay page. On only with <c>CG_PAY_SANDBOX=on</c>: anyone reaching it can "pay".
/// </summary>
public static class SandboxCashier
{
    public static bool IsEnabled(IConfiguration configuration) => configuration["CG_PAY_SANDBOX"] == "on";

    public static void MapSandboxCashier(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sandbox-pay/{orderId}", async (IGrainFactory grains, string orderId) =>
        {
            var order = await grains.GetGrain<IPaymentOrderGrain>(orderId).GetAsync();
            var content = order switch
            {
                null => "<h1>订单不存在</h1>",
                { TransactionId: null } => $"""<h1>沙箱支付（开发用）</h1><p>金额 <strong>{Money.Yuan(order.Amount)}</strong></p><form method="post"><button type="submit">确认支付</button></form>""",
                _ => "<h1>订单已支付</h1>",
            };
            return Results.Content(
                $"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>沙箱支付</title></head><body>{content}</body></html>""",
                "text/html; charset=utf-8");
        });
        endpoints.MapPost("/sandbox-pay/{orderId}", async (SandboxPayProvider provider, string orderId, string? @return) =>
            !await provider.PayAsync(orderId) ? Results.Problem("the merchant did not accept the notification", statusCode: 502)
            : @return is { } back && back.StartsWith("/pay/", StringComparison.Ordinal) ? Results.Redirect(back)
            : Results.Text("paid"));
    }
}
