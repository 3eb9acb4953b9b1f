using GraphQL.Builders;

namespace CollectionGrains.GraphQL.Access;

/// <summary><c>.Allow(rule)</c> on a field definition: the field's access rule, read by <see cref="AccessEnforcer"/>.</summary>
internal static class FieldAccessExtensions
{
    public static FieldBuilder<TSource, TReturn> Allow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, FieldAccess access)
    {
        field.FieldType.Metadata[FieldAccess.MetadataKey] = access;
        return field;
    }
}
