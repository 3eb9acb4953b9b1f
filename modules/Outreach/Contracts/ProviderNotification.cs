namespace CollectionGrains.Outreach;

/// <summary>
/// A payment provider's notification as it arrived: the signature headers (timestamp, nonce, signature) and the body,
/// byte for byte as text, since the signature covers exactly those.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.ProviderNotification")]
public sealed record ProviderNotification(
    [property: Id(0)] string Timestamp,
    [property: Id(1)] string Nonce,
    [property: Id(2)] string Signature,
    [property: Id(3)] string Body)
{
    /// <summary>Where providers post their notifications (the notify_url agreed with them).</summary>
    public const string Path = "/payments/notify";
    public const string TimestampHeader = "Wechatpay-Timestamp";
    public const string NonceHeader = "Wechatpay-Nonce";
    public const string SignatureHeader = "Wechatpay-Signature";
}
