using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Users;

/// <summary>
/// Users through the API. The group admin manages every user of the group; a region, branch or project manager the
/// users inside their scope whose role they may give (<see cref="RoleGrants"/>). Each change takes effect at once:
/// every request and socket message checks its token against the user as stored.
/// </summary>
internal static class UserMutations
{
    private static readonly FieldAccess Managers = FieldAccess.For(Role.GroupAdmin, Role.RegionManager, Role.BranchManager, Role.ProjectManager);

    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains, AccessTokens tokens)
    {
        var inScope = Managers.InScopeOf(ScopeCheck.User("input.username"));
        mutation.Field<NonNullGraphType<UserPayloadType>>("createUser").Allow(Managers.InScopeOf(ScopeCheck.Node("input.scopeId")))
            .Description("Creates a user with a role and a scope node inside the caller's scope; they change the password at first sign-in (changeMyPassword). The same request again changes nothing.")
            .Argument<NonNullGraphType<CreateUserInputType>>("input")
            .ResolveAsync(async c => await UserAdministration.CreateAsync(grains, c));
        mutation.Field<NonNullGraphType<UserPayloadType>>("updateUser").Allow(inScope)
            .Description("Changes a user's name, phone, role or scope; their next request already sees the change.")
            .Argument<NonNullGraphType<UpdateUserInputType>>("input")
            .ResolveAsync(async c => await UserAdministration.UpdateAsync(grains, c));
        mutation.Field<NonNullGraphType<UserPayloadType>>("resetPassword").Allow(inScope)
            .Description("Sets a new password for a user who forgot theirs: their tokens end and they must change it at next sign-in.")
            .Argument<NonNullGraphType<ResetPasswordInputType>>("input")
            .ResolveAsync(async c => await (await UserAdministration.ManagedAsync(grains, c, notSelf: true)).ResetPasswordAsync(Collection.CollectionInputs.Text(UserAdministration.Input(c), "newPassword")));
        mutation.Field<NonNullGraphType<UserPayloadType>>("revokeSessions").Allow(inScope)
            .Description("Ends every token the user holds (a lost phone, a suspected leak); they can sign in again.")
            .Argument<NonNullGraphType<RevokeSessionsInputType>>("input")
            .ResolveAsync(async c => await (await UserAdministration.ManagedAsync(grains, c, notSelf: false)).RevokeSessionsAsync());
        mutation.Field<NonNullGraphType<UserPayloadType>>("disableUser").Allow(inScope)
            .Description("Disables a user: their tokens and open subscriptions stop at once and they cannot sign in.")
            .Argument<NonNullGraphType<DisableUserInputType>>("input")
            .ResolveAsync(async c => await (await UserAdministration.ManagedAsync(grains, c, notSelf: true)).SetDisabledAsync(true));
        mutation.Field<NonNullGraphType<UserPayloadType>>("enableUser").Allow(inScope)
            .Description("Enables a disabled user again (they sign in anew).")
            .Argument<NonNullGraphType<EnableUserInputType>>("input")
            .ResolveAsync(async c => await (await UserAdministration.ManagedAsync(grains, c, notSelf: true)).SetDisabledAsync(false));
        mutation.Field<NonNullGraphType<ImportPayloadType>>("importUsers").Allow(FieldAccess.For(Role.GroupAdmin).InScopeOf(ScopeCheck.Node("input.groupId")))
            .Description("Users from a sheet: 用户名, 姓名, 电话, 角色, 所属组织 (区域/分公司/项目), 初始密码 (changed at first sign-in), 负责楼栋 for collectors (一区/1栋、一区/2栋 or 一区). Any bad row means nothing is created.")
            .Argument<NonNullGraphType<ImportInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = UserAdministration.Input(c);
                return await grains.GetGrain<IUserImportGrain>((string)input["groupId"]!)
                    .ImportAsync(ImportFiles.Content(input), AccessChecks.UserContextOf(c).Caller!.Account.Username);
            });
        mutation.Field<NonNullGraphType<LoginPayloadType>>("changeMyPassword").Allow(FieldAccess.Anonymous)
            .Description("A user changes their own password, proving the current one; answers with a token for the new one. After a reset it is the way back in.")
            .Argument<NonNullGraphType<ChangeMyPasswordInputType>>("input")
            .ResolveAsync(async c => await SignIn.ChangeMyPasswordAsync(grains, tokens, c));
    }
}

/// <summary>A user with their state: disabled, and whether a reset password waits to be changed.</summary>
internal abstract class UserStatusGraphType : ObjectGraphType<UserSession>
{
    protected UserStatusGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<UserGraphType>>("user").Allow(FieldAccess.Readers).Resolve(c => c.Source.Account);
        Field<NonNullGraphType<BooleanGraphType>>("disabled").Allow(FieldAccess.Readers).Resolve(c => c.Source.Disabled);
        Field<NonNullGraphType<BooleanGraphType>>("mustChangePassword").Allow(FieldAccess.Readers)
            .Description("The password was reset: the user changes it (changeMyPassword) before anything else.")
            .Resolve(c => c.Source.MustChangePassword);
    }
}

internal sealed class UserPayloadType() : UserStatusGraphType("UserPayload");

internal sealed class UserListingGraphType() : UserStatusGraphType("UserListing");
