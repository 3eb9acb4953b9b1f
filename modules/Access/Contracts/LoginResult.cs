namespace CollectionGrains.Access;

/// <summary>
/// The outcome of a login: the account when the password was right; otherwise how long to wait when too many attempts
/// failed (nothing was checked then). <see cref="KnownScopeNodeId"/> is the scope of an existing user, for the audit log only;
/// <see cref="SessionVersion"/> goes into the token. <see cref="MustChangePassword"/>: the password was right but was
/// reset by someone else; no token is issued until the user changes it.
/// </summary>
[GenerateSerializer, Immutable, Alias("access.LoginResult")]
public sealed record LoginResult(
    [property: Id(0)] UserAccount? Account,
    [property: Id(1)] TimeSpan? RetryAfter,
    [property: Id(2)] string? KnownScopeNodeId,
    [property: Id(3)] long SessionVersion = 0,
    [property: Id(4)] bool MustChangePassword = false);
