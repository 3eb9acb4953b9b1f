namespace CollectionGrains.Organisation;

/// <summary>
/// The collection rate a node is on course for at the month's end: what it has collected so far divided by the share of
/// a month's collection the group's history had collected by the same day of the month (the same month of earlier
/// years where there is one, otherwise the last twelve months), at most the whole receivable. <see cref="Method"/> says
/// which history it used; WillMiss when that rate is below the target's.
/// </summary>
[GenerateSerializer, Immutable, Alias("organisation.TargetForecast")]
public sealed record TargetForecast(
    [property: Id(0)] decimal CollectionRate,
    [property: Id(1)] decimal Collected,
    [property: Id(2)] decimal ShareByToday,
    [property: Id(3)] bool WillMiss,
    [property: Id(4)] string Method);
