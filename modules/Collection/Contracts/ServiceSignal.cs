namespace CollectionGrains.Collection;

/// <summary>
/// From the household's service orders: those still open (dunning pauses while there is one) and when an order was
/// last confirmed fixed by the owner (the procedure follows the fix up with a contact). Versioned: an older signal
/// changes nothing, so it can be sent again until it is taken.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.ServiceSignal")]
public sealed record ServiceSignal(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<ServiceHold> Open,
    [property: Id(3)] DateTimeOffset? LastConfirmedAt,
    [property: Id(4)] string BuildingId);
