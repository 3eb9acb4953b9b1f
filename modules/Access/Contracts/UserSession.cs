namespace CollectionGrains.Access;

/// <summary>
/// What a token of a stored user must agree with on every request: the account as it is now (role and scope changes
/// take effect at once), the session version tokens must carry (raised by revoking sessions or disabling), and whether
/// the user is disabled.
/// </summary>
[GenerateSerializer, Immutable, Alias("access.UserSession")]
public sealed record UserSession(
    [property: Id(0)] UserAccount Account,
    [property: Id(1)] long Version,
    [property: Id(2)] bool Disabled);
