using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Users;

/// <summary>
/// The group admin's hold on sessions: revoke a user's tokens, disable or enable a user. Each takes effect at once:
/// every request and socket message checks its token against the user as stored.
/// </summary>
internal static class UserMutations
{
    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains)
    {
        var admin = FieldAccess.For(Role.GroupAdmin).InScopeOf(ScopeCheck.User("input.username"));
        mutation.Field<NonNullGraphType<UserPayloadType>>("revokeSessions").Allow(admin)
            .Description("Ends every token the user holds (a lost phone, a suspected leak); they can sign in again.")
            .Argument<NonNullGraphType<RevokeSessionsInputType>>("input")
            .ResolveAsync(async c => await User(grains, c).RevokeSessionsAsync());
        mutation.Field<NonNullGraphType<UserPayloadType>>("disableUser").Allow(admin)
            .Description("Disables a user: their tokens and open subscriptions stop at once and they cannot sign in.")
            .Argument<NonNullGraphType<DisableUserInputType>>("input")
            .ResolveAsync(async c =>
            {
                if (Username(c) == AccessChecks.UserContextOf(c).Caller!.Account.Username)
                {
                    throw ApiError.BadInput("you cannot disable yourself");
                }
                return await User(grains, c).SetDisabledAsync(true);
            });
        mutation.Field<NonNullGraphType<UserPayloadType>>("enableUser").Allow(admin)
            .Description("Enables a disabled user again (they sign in anew).")
            .Argument<NonNullGraphType<EnableUserInputType>>("input")
            .ResolveAsync(async c => await User(grains, c).SetDisabledAsync(false));
    }

    private static string Username(IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>("input")["username"] as string ?? throw ApiError.BadInput("username is required");

    private static IUserGrain User(IGrainFactory grains, IResolveFieldContext context) => grains.GetGrain<IUserGrain>(Username(context));
}

/// <summary>An input of one field, the username (one type per mutation, named after it).</summary>
internal abstract class UsernameInputType : InputObjectGraphType
{
    protected UsernameInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<StringGraphType>>("username");
    }
}

internal sealed class RevokeSessionsInputType() : UsernameInputType("RevokeSessionsInput");

internal sealed class DisableUserInputType() : UsernameInputType("DisableUserInput");

internal sealed class EnableUserInputType() : UsernameInputType("EnableUserInput");

internal sealed class UserPayloadType : ObjectGraphType<UserSession>
{
    public UserPayloadType()
    {
        Name = "UserPayload";
        Field<NonNullGraphType<UserGraphType>>("user").Allow(FieldAccess.Readers).Resolve(c => c.Source.Account);
        Field<NonNullGraphType<BooleanGraphType>>("disabled").Allow(FieldAccess.Readers).Resolve(c => c.Source.Disabled);
    }
}
