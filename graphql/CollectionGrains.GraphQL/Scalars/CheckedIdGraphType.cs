using GraphQL.Types;
using GraphQLParser.AST;

namespace CollectionGrains.GraphQL.Scalars;

/// <summary>The schema's <c>ID</c>: the built-in scalar, with every input checked by <see cref="InputText"/> as an id.</summary>
internal sealed class CheckedIdGraphType : IdGraphType
{
    public CheckedIdGraphType() => Name = "ID";

    public override object? ParseLiteral(GraphQLValue value) => Check(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Check(base.ParseValue(value));

    private static object? Check(object? parsed) => parsed is string text ? InputText.Checked(text, isId: true) : parsed;
}
