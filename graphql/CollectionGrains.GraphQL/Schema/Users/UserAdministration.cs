using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Organisation;
using GraphQL;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Users;

/// <summary>
/// The rules of managing users, on top of the field's access rule (which has checked that the scope node or the
/// user named lies inside the caller's scope): a manager gives only roles they may grant, at the level each role works
/// at, and changes only users whose role they may grant; nobody disables, resets or re-scopes themselves.
/// </summary>
internal static class UserAdministration
{
    public static Dictionary<string, object?> Input(IResolveFieldContext context) => context.GetArgument<Dictionary<string, object?>>("input");

    public static async Task<UserSession> CreateAsync(IGrainFactory grains, IResolveFieldContext context)
    {
        var input = Input(context);
        var account = new UserAccount(
            Text(input, "username", 64), Text(input, "displayName", 100), (Role)input["role"]!, Text(input, "scopeId"), Phone(input));
        await CheckGrantAsync(grains, Caller(context), account);
        var user = grains.GetGrain<IUserGrain>(account.Username);
        await user.CreateAsync(new NewUser(account, Text(input, "password"), MustChangePassword: true));
        return (await user.GetSessionAsync())!;
    }

    public static async Task<UserSession> UpdateAsync(IGrainFactory grains, IResolveFieldContext context)
    {
        var input = Input(context);
        var user = await ManagedAsync(grains, context, notSelf: true);
        var current = (await user.GetAsync())!;
        var changed = current with
        {
            DisplayName = OptionalText(input, "displayName", 100) is { Length: > 0 } name ? name : current.DisplayName,
            Role = (Role?)input.GetValueOrDefault("role") ?? current.Role,
            ScopeNodeId = OptionalText(input, "scopeId", 200) ?? current.ScopeNodeId,
            Phone = input.ContainsKey("phone") ? Phone(input) : current.Phone,
        };
        if (changed.Role != current.Role || changed.ScopeNodeId != current.ScopeNodeId)
        {
            await CheckGrantAsync(grains, Caller(context), changed);
        }
        return await user.UpdateAsync(changed);
    }

    /// <summary>The user named by the input, if the caller may manage them (and, with <paramref name="notSelf"/>, is not them).</summary>
    public static async Task<IUserGrain> ManagedAsync(IGrainFactory grains, IResolveFieldContext context, bool notSelf)
    {
        var username = Text(Input(context), "username", 64);
        var caller = Caller(context);
        if (notSelf && username == caller.Account.Username)
        {
            throw ApiError.BadInput("you cannot do this to your own account; another manager can");
        }
        var user = grains.GetGrain<IUserGrain>(username);
        var target = await user.GetAsync() ?? throw ApiError.NotFound($"user {username} does not exist");
        if (username != caller.Account.Username && !RoleGrants.CanGrant(caller.Account.Role, target.Role))
        {
            throw ApiError.Forbidden($"a {caller.Account.Role} does not manage users with the role {target.Role}");
        }
        return user;
    }

    private static async Task CheckGrantAsync(IGrainFactory grains, CallerScope caller, UserAccount account)
    {
        if (!RoleGrants.CanGrant(caller.Account.Role, account.Role))
        {
            throw ApiError.Forbidden($"a {caller.Account.Role} cannot give the role {account.Role}");
        }
        if (!await caller.ContainsNodeAsync(account.ScopeNodeId)
            || await grains.GetGrain<IOrgNodeGrain>(account.ScopeNodeId).GetAsync() is not { } scope)
        {
            throw ApiError.UnknownNode(account.ScopeNodeId);
        }
        if (RoleGrants.ScopeProblem(account.Role, scope.Info.Level) is { } problem)
        {
            throw ApiError.BadInput(problem);
        }
    }

    private static string? Phone(Dictionary<string, object?> input) =>
        OptionalText(input, "phone", 30) is { Length: > 0 } phone ? phone.Trim() : null;

    private static CallerScope Caller(IResolveFieldContext context) => AccessChecks.UserContextOf(context).Caller!;
}
