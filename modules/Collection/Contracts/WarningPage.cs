namespace CollectionGrains.Collection;

/// <summary>A page of warnings, and the cursor of the next one (null: the last page).</summary>
[GenerateSerializer, Immutable, Alias("collection.WarningPage")]
public sealed record WarningPage(
    [property: Id(0)] IReadOnlyList<Warning> Warnings,
    [property: Id(1)] string? Next);
