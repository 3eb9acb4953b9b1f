using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.Organisation;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class UserGraphType : ObjectGraphType<UserAccount>
{
    public UserGraphType(IGrainFactory grains)
    {
        Name = "User";
        Description = "A signed-in user: role and scope (the organisation node whose subtree they see).";
        Field<NonNullGraphType<StringGraphType>>("username").Allow(FieldAccess.Readers).Resolve(c => c.Source.Username);
        Field<NonNullGraphType<StringGraphType>>("displayName").Allow(FieldAccess.Readers).Resolve(c => c.Source.DisplayName);
        Field<NonNullGraphType<RoleGraphType>>("role").Allow(FieldAccess.Readers).Resolve(c => c.Source.Role);
        Field<StringGraphType>("phone").Allow(FieldAccess.Readers).Resolve(c => c.Source.Phone);
        Field<OrgNodeGraphType>("scope").Allow(FieldAccess.Readers)
            .ResolveAsync(async c => await grains.GetGrain<IOrgNodeGrain>(c.Source.ScopeNodeId).GetAsync());
    }
}
