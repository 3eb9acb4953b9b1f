using System.Text.RegularExpressions;

namespace CollectionGrains.Access.Rules;

/// <summary>What a user must look like before anything is stored.</summary>
internal static partial class UserRules
{
    /// <summary>The first problem with the new user, or null when it may be created.</summary>
    public static string? Problem(NewUser user, string key) =>
        AccountProblem(user.Account, key) ?? PasswordPolicy.Problem(user.Password, key);

    /// <summary>The first problem with the account (username, name, role, scope), or null.</summary>
    public static string? AccountProblem(UserAccount account, string key)
    {
        if (account.Username != key)
        {
            return $"the username '{account.Username}' is not this user's key '{key}'";
        }
        if (!UsernamePattern().IsMatch(account.Username))
        {
            return "a username is 2 to 64 letters, digits, '.', '_' or '-'";
        }
        if (string.IsNullOrWhiteSpace(account.DisplayName) || account.DisplayName.Length > 100)
        {
            return "a display name is 1 to 100 characters";
        }
        if (!Enum.IsDefined(account.Role))
        {
            return $"unknown role {account.Role}";
        }
        return string.IsNullOrWhiteSpace(account.ScopeNodeId)
            ? "a user needs a scope: the organisation node whose subtree they work in"
            : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{2,64}$")]
    private static partial Regex UsernamePattern();
}
