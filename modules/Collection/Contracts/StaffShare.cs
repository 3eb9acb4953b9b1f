namespace CollectionGrains.Collection;

/// <summary>One person's share of an even split: the households, what they owe in all, and their difficulty score.</summary>
[GenerateSerializer, Immutable, Alias("collection.StaffShare")]
public sealed record StaffShare(
    [property: Id(0)] string Username,
    [property: Id(1)] IReadOnlyList<string> HouseholdIds,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] decimal Difficulty);
