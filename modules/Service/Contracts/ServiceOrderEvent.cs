namespace CollectionGrains.Service;

/// <summary>One change of a service order's status: when, by whom, from what to what, and the note given.</summary>
[GenerateSerializer, Immutable, Alias("service.ServiceOrderEvent")]
public sealed record ServiceOrderEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] ServiceOrderStatus? From,
    [property: Id(3)] ServiceOrderStatus To,
    [property: Id(4)] string? Note);
