namespace CollectionGrains.Collection;

/// <summary>
/// 上门取证: what a phone brings back from a visit — the door's QR code as scanned, the GPS position with its accuracy
/// (metres) and a photo. The photo's bytes travel with the request only; what is kept is its SHA-256 (the bytes go to
/// the photo store once they pass the check).
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.VisitEvidence")]
public sealed record VisitEvidence(
    [property: Id(0)] string QrToken,
    [property: Id(1)] decimal Latitude,
    [property: Id(2)] decimal Longitude,
    [property: Id(3)] decimal Accuracy,
    [property: Id(4)] byte[]? Photo = null,
    [property: Id(5)] string? PhotoSha256 = null)
{
    /// <summary>The largest photo taken (5 MiB): a phone's JPEG at full size is 2–4 MiB.</summary>
    public const int MaxPhotoBytes = 5 * 1024 * 1024;

    /// <summary>The evidence as kept: the photo named by its hash, its bytes dropped.</summary>
    public VisitEvidence Kept() => Photo is null ? this : this with
    {
        Photo = null,
        PhotoSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Photo)),
    };
}
