using System.Text.Json;

namespace CollectionGrains.Outreach.PayLinks;

/// <summary>
/// The body of a provider's transaction notification: our order number, the provider's transaction id, whether it
/// succeeded, the amount in fen (分, an integer, as the providers send it) and when it was paid.
/// </summary>
public sealed record ProviderTransaction(string OrderId, string TransactionId, bool Succeeded, long AmountFen, DateTimeOffset PaidAt)
{
    public decimal Amount => AmountFen / 100m;

    public string ToJson() => JsonSerializer.Serialize(new
    {
        event_type = Succeeded ? "TRANSACTION.SUCCESS" : "TRANSACTION.FAIL",
        out_trade_no = OrderId,
        transaction_id = TransactionId,
        trade_state = Succeeded ? "SUCCESS" : "PAYERROR",
        amount = new { total = AmountFen, currency = "CNY" },
        success_time = PaidAt.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
    });

    public static ProviderTransaction? Parse(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var amount = root.GetProperty("amount");
            return amount.GetProperty("currency").GetString() == "CNY"
                && root.GetProperty("out_trade_no").GetString() is { Length: > 0 and <= 64 } order
                && root.GetProperty("transaction_id").GetString() is { Length: > 0 and <= 64 } transaction
                && amount.GetProperty("total").TryGetInt64(out var fen) && fen > 0
                ? new ProviderTransaction(order, transaction, root.GetProperty("trade_state").GetString() == "SUCCESS", fen,
                    root.TryGetProperty("success_time", out var at) ? at.GetDateTimeOffset() : DateTimeOffset.MinValue)
                : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
