namespace CollectionGrains.Collection;

/// <summary>
/// A person who works households of a project: a collector, or other staff taking part in collection (全员催缴: front
/// desk, security, engineering), by their post.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.CollectorProfile")]
public sealed record CollectorProfile(
    [property: Id(0)] string Username,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string ProjectId,
    [property: Id(3)] string? Post);
