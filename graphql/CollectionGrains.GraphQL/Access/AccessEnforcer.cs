using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace CollectionGrains.GraphQL.Access;

/// <summary>
/// Puts the access check in front of every field's resolver as the schema is built (GraphQL for .NET does not enforce
/// its own authorization metadata). A field without a rule stops the schema from building; the connection plumbing of
/// the Relay types (edges, cursors, page info) is readable by whoever reached the connection.
/// </summary>
internal sealed class AccessEnforcer : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (type.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }
        var access = field.GetMetadata<FieldAccess?>(FieldAccess.MetadataKey)
                     ?? (IsRelayPlumbing(type) ? FieldAccess.Readers : throw new InvalidOperationException(
                         $"{type.Name}.{field.Name} has no access rule: give it .Allow(FieldAccess…) where it is defined"));
        field.Metadata[FieldAccess.MetadataKey] = access;
        var isStream = field.StreamResolver is not null;
        field.Resolver = new AccessCheckedResolver(access, field.Resolver ?? NameFieldResolver.Instance, checkScope: !isStream, audited: type.Name == "Mutation");
        if (field.StreamResolver is { } stream)
        {
            field.StreamResolver = new AccessCheckedStreamResolver(access, stream);
        }
    }

    private static bool IsRelayPlumbing(IObjectGraphType type) =>
        type.GetType().Namespace == typeof(global::GraphQL.Types.Relay.PageInfoType).Namespace;
}
