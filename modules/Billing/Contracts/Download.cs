namespace CollectionGrains.Billing;

/// <summary>A file made for one user (an export), fetched once or more with their token until it expires.</summary>
[GenerateSerializer, Immutable, Alias("billing.Download")]
public sealed record Download(
    [property: Id(0)] string Owner,
    [property: Id(1)] string FileName,
    [property: Id(2)] string ContentType,
    [property: Id(3)] byte[] Content,
    [property: Id(4)] DateTimeOffset ExpiresAt);
