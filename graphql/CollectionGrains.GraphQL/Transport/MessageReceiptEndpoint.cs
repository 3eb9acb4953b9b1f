using CollectionGrains.Outreach;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// <c>POST /messages/receipts</c>: the message gateway's delivery receipts, trusted only by their signature (the
/// webhook's key). 200 when recorded (or already recorded: a gateway resends until it hears 200), 400 when refused.
/// </summary>
internal static class MessageReceiptEndpoint
{
    private const int MaxReceiptBytes = 8 * 1024;

    public static async Task HandleAsync(HttpContext http)
    {
        if (await BoundedBody.ReadAsync(http, MaxReceiptBytes) is not { } body)
        {
            return;
        }
        var outcome = await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IMessageOutboxGrain>(0)
            .RecordReceiptAsync(new MessageReceipt(http.Request.Headers[MessageReceipt.SignatureHeader].ToString(), body));
        http.Response.StatusCode = outcome.Accepted ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        await http.Response.WriteAsJsonAsync(new { accepted = outcome.Accepted, message = outcome.Message });
    }
}
