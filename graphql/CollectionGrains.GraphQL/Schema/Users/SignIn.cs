using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using GraphQL;

namespace CollectionGrains.GraphQL.Schema.Users;

/// <summary>
/// The two ways to get a token: <c>login</c>, and <c>changeMyPassword</c>, which proves the current password (counted
/// like a login) and signs in with the new one — the only way in after a reset, since no token is issued until then.
/// </summary>
internal static class SignIn
{
    public static async Task<LoginPayload> LoginAsync(IGrainFactory grains, AccessTokens tokens, IResolveFieldContext context)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var (username, user) = (Username(input), AccessChecks.UserContextOf(context));
        var result = await grains.GetGrain<IUserGrain>(username).LogInAsync(Password(input, "password"), user.Address);
        if (result.MustChangePassword)
        {
            user.Login = new LoginAttempt(username, null, result.KnownScopeNodeId);
            throw new ApiError(ErrorCodes.PasswordChangeRequired, "密码已被重置，请先修改密码 (the password was reset: change it with changeMyPassword, then sign in)");
        }
        return Issue(grains, tokens, user, username, result);
    }

    public static async Task<LoginPayload> ChangeMyPasswordAsync(IGrainFactory grains, AccessTokens tokens, IResolveFieldContext context)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var (username, user) = (Username(input), AccessChecks.UserContextOf(context));
        if (user.Caller is { } caller && caller.Account.Username != username)
        {
            throw ApiError.Forbidden("a user changes only their own password; resetPassword sets another user's");
        }
        var result = await grains.GetGrain<IUserGrain>(username)
            .ChangePasswordAsync(Password(input, "currentPassword"), Password(input, "newPassword"), user.Address);
        return Issue(grains, tokens, user, username, result);
    }

    private static LoginPayload Issue(IGrainFactory grains, AccessTokens tokens, ApiUserContext user, string username, LoginResult result)
    {
        user.Login = new LoginAttempt(username, result.Account?.Role, result.KnownScopeNodeId);
        if (result.RetryAfter is { } wait)
        {
            throw ApiError.Unauthenticated($"too many failed logins; try again in {Math.Ceiling(wait.TotalSeconds):0} s");
        }
        if (result.Account is not { } account)
        {
            throw ApiError.Unauthenticated("wrong username or password");
        }
        user.Caller = new CallerScope(account, grains);
        var (token, expiresAt) = tokens.Issue(account, result.SessionVersion);
        return new LoginPayload(token, expiresAt, account);
    }

    private static string Username(Dictionary<string, object?> input) => Collection.CollectionInputs.Text(input, "username");

    /// <summary>Checked before any hashing: a huge password would cost the hasher, not the caller.</summary>
    private static string Password(Dictionary<string, object?> input, string field) =>
        input[field] is string { Length: <= 200 } given ? given : throw ApiError.BadInput($"{field} must be at most 200 characters");
}
