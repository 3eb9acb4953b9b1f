namespace CollectionGrains.Collection;

/// <summary>A contact as the plan and the counters need it: when, how, whether anyone answered, by whom.</summary>
[GenerateSerializer, Immutable, Alias("collection.ContactMark")]
public sealed record ContactMark(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] ContactMethod Method,
    [property: Id(2)] bool Answered,
    [property: Id(3)] string Collector,
    [property: Id(4)] bool OutsideWindow);
