using Orleans.Concurrency;

namespace CollectionGrains.Access;

/// <summary>One user (key: username): the account and its password hash, and the failed logins of the last minutes.</summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Creates the user; the same account and password again changes nothing, a different one is refused.</summary>
    Task<UserAccount> CreateAsync(NewUser user);

    /// <summary>
    /// Creates the user, or makes an existing one exactly this account and password (ending its tokens if anything
    /// changed): for a known set of users a deployment provisions, such as the demo's. Not offered through the API.
    /// </summary>
    Task<UserAccount> ProvisionAsync(NewUser user);

    Task<UserAccount?> GetAsync();

    /// <summary>Checks the password, unless this user or this address failed too often lately; a disabled user cannot log in.</summary>
    Task<LoginResult> LogInAsync(string password, string address);

    /// <summary>What every request's token is checked against; null when no such user is stored.</summary>
    [AlwaysInterleave]
    Task<UserSession?> GetSessionAsync();

    /// <summary>Ends every token issued so far (a lost phone, a suspected leak); the user can log in again.</summary>
    Task<UserSession> RevokeSessionsAsync();

    /// <summary>Disables the user (their tokens stop at once, no login) or enables them again.</summary>
    Task<UserSession> SetDisabledAsync(bool disabled);

    /// <summary>Changes the display name, role and scope; role and scope apply to the user's next request.</summary>
    Task<UserSession> UpdateAsync(UserAccount account);

    /// <summary>Sets a password chosen by someone else: every token ends and the user must change it at next sign-in.</summary>
    Task<UserSession> ResetPasswordAsync(string newPassword);

    /// <summary>
    /// The user changes their own password, proving the current one (counted like a login). Other tokens end; the
    /// result signs the user in with the new password.
    /// </summary>
    Task<LoginResult> ChangePasswordAsync(string currentPassword, string newPassword, string address);
}
