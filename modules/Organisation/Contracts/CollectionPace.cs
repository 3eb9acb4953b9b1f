namespace CollectionGrains.Organisation;

/// <summary>
/// How a group's months have gone by a day of the month: the share of what its bills of a month were paid by the month's
/// end that had been paid by that day, averaged over the months it was measured on (weighted by what they collected).
/// Basis says which months; null share when there is no history yet.
/// </summary>
[GenerateSerializer, Immutable, Alias("organisation.CollectionPace")]
public sealed record CollectionPace(
    [property: Id(0)] decimal? ShareByDay,
    [property: Id(1)] string Basis);
