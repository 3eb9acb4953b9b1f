namespace CollectionGrains.Outreach;

/// <summary>What the owner sees behind a pay link: the owner's name masked, the room, each overdue bill and the total owed today.</summary>
[GenerateSerializer, Immutable, Alias("outreach.PayPageView")]
public sealed record PayPageView(
    [property: Id(0)] string MaskedOwner,
    [property: Id(1)] string Room,
    [property: Id(2)] IReadOnlyList<PayPageLine> Lines,
    [property: Id(3)] decimal Total,
    [property: Id(4)] DateOnly AsOf,
    [property: Id(5)] DateTimeOffset ExpiresAt);
