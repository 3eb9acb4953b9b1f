namespace CollectionGrains.Collection;

/// <summary>An open service order as the collection case knows it: which, of what category, fixed by when, and whether it is fixed (resolved, awaiting the owner).</summary>
[GenerateSerializer, Immutable, Alias("collection.ServiceHold")]
public sealed record ServiceHold(
    [property: Id(0)] string OrderId,
    [property: Id(1)] ArrearsReasonCategory Category,
    [property: Id(2)] DateOnly Deadline,
    [property: Id(3)] bool Resolved);
