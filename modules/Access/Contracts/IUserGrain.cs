namespace CollectionGrains.Access;

/// <summary>One user (key: username): the account and its password hash, and the failed logins of the last minutes.</summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Creates the user; the same account and password again changes nothing, a different one is refused.</summary>
    Task<UserAccount> CreateAsync(NewUser user);

    Task<UserAccount?> GetAsync();

    /// <summary>Checks the password, unless this user or this address failed too often lately.</summary>
    Task<LoginResult> LogInAsync(string password, string address);
}
