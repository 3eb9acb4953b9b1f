namespace CollectionGrains.Billing;

/// <summary>A meter reading of a metered charge item on a day.</summary>
[GenerateSerializer, Immutable, Alias("billing.MeterReading")]
public sealed record MeterReading(
    [property: Id(0)] string ItemCode,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] decimal Reading);
