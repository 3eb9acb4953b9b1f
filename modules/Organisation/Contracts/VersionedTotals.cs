namespace CollectionGrains.Organisation;

/// <summary>A child's whole totals with the version it gave them; a parent keeps only the highest version per child.</summary>
[GenerateSerializer, Immutable, Alias("organisation.VersionedTotals")]
public sealed record VersionedTotals([property: Id(0)] long Version, [property: Id(1)] Totals Totals);
