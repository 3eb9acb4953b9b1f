namespace CollectionGrains.Billing;

/// <summary>A unit price that applies to periods starting on or after <see cref="EffectiveFrom"/>.</summary>
[GenerateSerializer, Immutable, Alias("billing.PriceVersion")]
public sealed record PriceVersion([property: Id(0)] DateOnly EffectiveFrom, [property: Id(1)] decimal UnitPrice);
