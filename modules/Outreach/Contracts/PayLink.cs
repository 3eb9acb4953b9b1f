namespace CollectionGrains.Outreach;

/// <summary>A household's pay link: a signed address that opens its mobile pay page, and its QR code as a PNG.</summary>
[GenerateSerializer, Immutable, Alias("outreach.PayLink")]
public sealed record PayLink(
    [property: Id(0)] string Url,
    [property: Id(1)] string QrCodeUrl,
    [property: Id(2)] DateTimeOffset ExpiresAt);
