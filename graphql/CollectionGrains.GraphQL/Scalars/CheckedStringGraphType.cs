using GraphQL.Types;
using GraphQLParser.AST;

namespace CollectionGrains.GraphQL.Scalars;

/// <summary>The schema's <c>String</c>: the built-in scalar, with every input checked by <see cref="InputText"/>.</summary>
internal sealed class CheckedStringGraphType : StringGraphType
{
    public CheckedStringGraphType() => Name = "String";

    public override object? ParseLiteral(GraphQLValue value) => Check(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Check(base.ParseValue(value));

    private static object? Check(object? parsed) => parsed is string text ? InputText.Checked(text, isId: false) : parsed;
}
