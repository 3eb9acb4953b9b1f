namespace CollectionGrains.Analytics;

/// <summary>
/// 催收效果 of one group of contacts: how many, the share followed by a payment of the household within 7 and 30 days,
/// the money attributed to them (the README's rule), per contact, the median days from the contact to such a payment,
/// and the promises among them that were kept.
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.EffectRow")]
public sealed record EffectRow(
    [property: Id(0)] string Key,
    [property: Id(1)] string Label,
    [property: Id(2)] int Contacts,
    [property: Id(3)] decimal PaidWithin7Days,
    [property: Id(4)] decimal PaidWithin30Days,
    [property: Id(5)] decimal Recovered,
    [property: Id(6)] decimal RecoveredPerContact,
    [property: Id(7)] decimal? MedianDaysToPayment,
    [property: Id(8)] int PromisesKept);
