namespace CollectionGrains.Collection;

/// <summary>
/// 催收预警: a warning on a household's collection — what about, with whom now (its level), for which collector and
/// task, the method the procedure suggests, when it was raised and last climbed, and when its cause went away.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.Warning")]
public sealed record Warning(
    [property: Id(0)] string WarningId,
    [property: Id(1)] string HouseholdId,
    [property: Id(2)] WarningKind Kind,
    [property: Id(3)] WarningLevel Level,
    [property: Id(4)] string Detail,
    [property: Id(5)] string? Collector,
    [property: Id(6)] string? TaskId,
    [property: Id(7)] ContactMethod? SuggestedMethod,
    [property: Id(8)] DateOnly RaisedOn,
    [property: Id(9)] DateTimeOffset RaisedAt,
    [property: Id(10)] DateTimeOffset ChangedAt,
    [property: Id(11)] DateOnly? ClearedOn = null)
{
    public bool IsOpen => ClearedOn is null;
}
