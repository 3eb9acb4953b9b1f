namespace CollectionGrains.Billing;

/// <summary>
/// A page of an arrears list. <see cref="Cursors"/> holds, for each entry, the cursor that continues after it;
/// <see cref="EndCursor"/> is the last of them.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.ArrearsPage")]
public sealed record ArrearsPage(
    [property: Id(0)] IReadOnlyList<ArrearsListEntry> Entries,
    [property: Id(1)] int TotalCount,
    [property: Id(2)] string? EndCursor,
    [property: Id(3)] bool HasNextPage,
    [property: Id(4)] IReadOnlyList<string> Cursors);
