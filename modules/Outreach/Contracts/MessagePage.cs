namespace CollectionGrains.Outreach;

/// <summary>A page of a project's outbox, newest decision first; <see cref="EndCursor"/> continues after its last message.</summary>
[GenerateSerializer, Immutable, Alias("outreach.MessagePage")]
public sealed record MessagePage(
    [property: Id(0)] IReadOnlyList<OutboxMessage> Messages,
    [property: Id(1)] string? EndCursor,
    [property: Id(2)] bool HasNextPage);
