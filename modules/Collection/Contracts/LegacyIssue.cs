namespace CollectionGrains.Collection;

/// <summary>历史遗留问题: something unresolved from the past that anyone contacting the household must know first.</summary>
[GenerateSerializer, Immutable, Alias("collection.LegacyIssue")]
public sealed record LegacyIssue(
    [property: Id(0)] string IssueId,
    [property: Id(1)] string Category,
    [property: Id(2)] string Text,
    [property: Id(3)] DateOnly RecordedOn,
    [property: Id(4)] string RecordedBy,
    [property: Id(5)] DateOnly? ResolvedOn = null,
    [property: Id(6)] string? ResolvedBy = null)
{
    public bool Resolved => ResolvedOn is not null;
}
