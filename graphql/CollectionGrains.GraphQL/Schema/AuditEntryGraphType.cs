using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One mutation as the audit log keeps it (append-only).";
        Field<NonNullGraphType<LongGraphType>>("sequence").Allow(FieldAccess.Readers).Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<InstantGraphType>>("at").Allow(FieldAccess.Readers).Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("username").Allow(FieldAccess.Readers).Description("Who; for a login, the name tried.").Resolve(c => c.Source.Username);
        Field<RoleGraphType>("role").Allow(FieldAccess.Readers).Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("operation").Allow(FieldAccess.Readers).Description("The mutation.").Resolve(c => c.Source.Operation);
        Field<StringGraphType>("target").Allow(FieldAccess.Readers).Description("The object: household, project, group or username.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<StringGraphType>>("result").Allow(FieldAccess.Readers).Description("OK, or the error code.").Resolve(c => c.Source.Result);
    }
}
