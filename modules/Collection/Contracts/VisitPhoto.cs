namespace CollectionGrains.Collection;

/// <summary>A visit's photo as stored: its content type (image/jpeg or image/png) and bytes.</summary>
[GenerateSerializer, Immutable, Alias("collection.VisitPhoto")]
public sealed record VisitPhoto(
    [property: Id(0)] string ContentType,
    [property: Id(1)] byte[] Content);
