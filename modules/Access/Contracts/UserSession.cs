namespace CollectionGrains.Access;

/// <summary>
/// What a token of a stored user must agree with on every request: the account as it is now (role and scope changes
/// take effect at once), the session version tokens must carry (raised by revoking sessions, disabling or a password
/// change), whether the user is disabled, and whether they must change a reset password before anything else.
/// </summary>
[GenerateSerializer, Immutable, Alias("access.UserSession")]
public sealed record UserSession(
    [property: Id(0)] UserAccount Account,
    [property: Id(1)] long Version,
    [property: Id(2)] bool Disabled,
    [property: Id(3)] bool MustChangePassword = false);
