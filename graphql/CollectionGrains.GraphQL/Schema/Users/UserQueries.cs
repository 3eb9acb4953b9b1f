using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace CollectionGrains.GraphQL.Schema.Users;

/// <summary>
/// <c>users(scopeId)</c>: the users whose scope node lies in a subtree, by username. The listing (access.user_account)
/// is read whole and each user's scope placed in the tree as it stands now, so a moved node moves its users.
/// </summary>
internal static class UserQueries
{
    private const int ReadChunk = 1000;

    public static void AddTo(ObjectGraphType query, IGrainFactory grains)
    {
        query.Field<NonNullGraphType<ConnectionType<UserListingGraphType>>>("users")
            .Allow(FieldAccess.For(Role.GroupAdmin, Role.RegionManager, Role.BranchManager, Role.ProjectManager, Role.Supervisor, Role.Auditor)
                .InScopeOf(ScopeCheck.Node("scopeId")))
            .Description("The users working inside a node's subtree (their scope node is it or below it), by username.")
            .Argument<NonNullGraphType<IdGraphType>>("scopeId")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await ListAsync(grains, c));
    }

    private static async Task<Connection<UserSession>> ListAsync(IGrainFactory grains, IResolveFieldContext context)
    {
        var scopeId = context.GetArgument<string>("scopeId");
        // "Inside this subtree" is the question a caller scoped at the node answers.
        var subtree = new CallerScope(new UserAccount("", "", Role.Auditor, scopeId), grains);
        var directory = grains.GetGrain<IUserDirectoryGrain>(0);
        var inside = new List<UserSession>();
        var after = "";
        while (await directory.ReadAsync(after, ReadChunk) is { Count: > 0 } chunk)
        {
            foreach (var user in chunk)
            {
                if (await subtree.ContainsNodeAsync(user.Account.ScopeNodeId))
                {
                    inside.Add(user);
                }
            }
            after = chunk[^1].Account.Username;
        }
        return Pages.Slice(inside, context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), "users");
    }
}
