namespace CollectionGrains.Outreach;

/// <summary>PIPL: an owner opted out of a message channel (or back in), who recorded it and when.</summary>
[GenerateSerializer, Immutable, Alias("outreach.ConsentChange")]
public sealed record ConsentChange(
    [property: Id(0)] MessageChannel Channel,
    [property: Id(1)] bool OptedOut,
    [property: Id(2)] string RecordedBy,
    [property: Id(3)] DateTimeOffset At);
