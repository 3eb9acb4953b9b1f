namespace CollectionGrains.Collection;

/// <summary>
/// A person who works households of a project: a collector, or other staff taking part in collection (全员催缴: front
/// desk, security, engineering), each an Access user with the collector role; the display name says who they are.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.CollectorProfile")]
public sealed record CollectorProfile(
    [property: Id(0)] string Username,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string ProjectId);
