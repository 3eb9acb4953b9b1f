namespace CollectionGrains.Access;

/// <summary>A user as the rest of the system sees them: who, which role, and the organisation node whose subtree is their scope.</summary>
[GenerateSerializer, Immutable, Alias("access.UserAccount")]
public sealed record UserAccount(
    [property: Id(0)] string Username,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Role Role,
    [property: Id(3)] string ScopeNodeId,
    [property: Id(4)] string? Phone = null);
