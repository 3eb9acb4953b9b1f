namespace CollectionGrains.Access;

/// <summary>
/// One mutation as the audit log keeps it: who (username and role; for a login, the name tried), what (the mutation),
/// which object, when, and the result (<c>OK</c> or the error code). <see cref="GroupId"/> is the group the caller
/// belongs to (null for a login with an unknown name); auditors read their group's entries.
/// </summary>
[GenerateSerializer, Immutable, Alias("access.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Username,
    [property: Id(3)] Role? Role,
    [property: Id(4)] string Operation,
    [property: Id(5)] string? Target,
    [property: Id(6)] string Result,
    [property: Id(7)] string? GroupId);
