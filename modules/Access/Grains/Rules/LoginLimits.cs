namespace CollectionGrains.Access.Rules;

/// <summary>How many failed logins are tolerated within 15 minutes: per user (guessing one password) and per address (trying many users).</summary>
internal static class LoginLimits
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public const int PerUser = 5;

    public const int PerAddress = 20;

    public static FailedLoginWindow ForUser() => new(PerUser, Window);

    public static FailedLoginWindow ForAddress() => new(PerAddress, Window);
}
