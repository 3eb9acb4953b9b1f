using System.Text.Json;

namespace CollectionGrains.Outreach.Messages;

/// <summary>What a delivery receipt says: which message, delivered or not, and the gateway's reason when not.</summary>
internal sealed record ReceiptBody(string MessageId, bool Delivered, string? Reason)
{
    public static ReceiptBody? Parse(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return root.GetProperty("messageId").GetString() is { Length: > 0 and <= 100 } id
                && root.GetProperty("status").GetString() is "DELIVERED" or "FAILED" && reason is null or { Length: <= 300 }
                ? new ReceiptBody(id, root.GetProperty("status").GetString() == "DELIVERED", reason)
                : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
