namespace CollectionGrains.Outreach;

/// <summary>
/// A delivery receipt the message gateway posts back (to <see cref="Path"/>): the body, byte for byte as text, and its
/// signature (base64 HMAC-SHA256 of the body with the webhook's key, as on the messages we post). The body is JSON:
/// <c>{"messageId": "…", "status": "DELIVERED" | "FAILED", "reason": "…"}</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.MessageReceipt")]
public sealed record MessageReceipt(
    [property: Id(0)] string Signature,
    [property: Id(1)] string Body)
{
    public const string Path = "/messages/receipts";
    public const string SignatureHeader = "X-CG-Signature";
}
