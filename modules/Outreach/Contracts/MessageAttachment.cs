namespace CollectionGrains.Outreach;

/// <summary>A file sent with a message: its name, media type and bytes (stored once by SHA-256, at most 5 MB).</summary>
[GenerateSerializer, Immutable, Alias("outreach.MessageAttachment")]
public sealed record MessageAttachment(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
