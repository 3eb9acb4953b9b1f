using CollectionGrains.Access;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using GraphQL;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>The signed-in user as the collection rules see them: a collector, or one who runs the procedure.</summary>
internal static class CollectionActors
{
    public static CollectionActor Of(IResolveFieldContext context)
    {
        var account = AccessChecks.UserContextOf(context).Caller!.Account;
        return new CollectionActor(account.Username, account.Role == Role.Collector ? ActorRank.Collector : ActorRank.Supervisor);
    }
}
