namespace CollectionGrains.Access;

/// <summary>A user's stored state: the account and the PBKDF2 hash of the password (never the password).</summary>
[GenerateSerializer, Alias("access.UserState")]
internal sealed class UserState
{
    [Id(0)] public UserAccount? Account { get; set; }

    [Id(1)] public string PasswordHash { get; set; } = "";

    /// <summary>Tokens carry the version current at login; raising it ends them.</summary>
    [Id(2)] public long SessionVersion { get; set; }

    [Id(3)] public bool Disabled { get; set; }

    /// <summary>Set when someone else reset the password: no token until the user chooses their own.</summary>
    [Id(4)] public bool MustChangePassword { get; set; }
}
