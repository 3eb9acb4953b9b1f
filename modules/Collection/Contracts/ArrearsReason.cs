namespace CollectionGrains.Collection;

/// <summary>The reason a household gave, by category and in its own words.</summary>
[GenerateSerializer, Immutable, Alias("collection.ArrearsReason")]
public sealed record ArrearsReason(
    [property: Id(0)] ArrearsReasonCategory Category,
    [property: Id(1)] string? Text);
