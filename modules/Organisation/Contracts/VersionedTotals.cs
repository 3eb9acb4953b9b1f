namespace CollectionGrains.Organisation;

/// <summary>
/// A child's whole totals with the version it gave them; a parent keeps only the highest version per child.
/// <paramref name="ChangedAt"/> is when the oldest change the report carries was made (a household's commit), passed up
/// the tree so the group can measure the roll-up lag; it is neither kept nor stored.
/// </summary>
[GenerateSerializer, Immutable, Alias("organisation.VersionedTotals")]
public sealed record VersionedTotals(
    [property: Id(0)] long Version,
    [property: Id(1)] Totals Totals,
    [property: Id(2)] DateTimeOffset? ChangedAt = null);
