namespace CollectionGrains.Billing;

/// <summary>
/// Which households an arrears list shows; every field null means no restriction. <see cref="Hidden"/> are households the
/// caller may not see (a collector does not see those other collectors hold).
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.ArrearsFilter")]
public sealed record ArrearsFilter(
    [property: Id(0)] IReadOnlyList<AgeBucket>? AgeBuckets = null,
    [property: Id(1)] decimal? MinimumAmount = null,
    [property: Id(2)] bool? Vacant = null,
    [property: Id(3)] CustomerType? CustomerType = null,
    [property: Id(4)] IReadOnlySet<string>? Hidden = null);
