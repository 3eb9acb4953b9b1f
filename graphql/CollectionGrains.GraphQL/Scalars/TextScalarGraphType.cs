using GraphQL.Types;
using GraphQLParser.AST;

namespace CollectionGrains.GraphQL.Scalars;

/// <summary>
/// A scalar that crosses the API as a string in one exact format, both ways. Anything else (a number, a boolean, a
/// string in another format) is refused with a message that names the expected format.
/// </summary>
internal abstract class TextScalarGraphType<T> : ScalarGraphType
    where T : struct
{
    private readonly string _format;

    protected TextScalarGraphType(string name, string format, string description)
    {
        Name = name;
        Description = description;
        _format = format;
    }

    protected abstract bool TryParse(string text, out T value);

    protected abstract string Format(T value);

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => ParseText(text.Value.ToString()),
        _ => throw Refused(value is GraphQLValue ? "a literal that is not a string" : "nothing"),
    };

    // Only a string: a JSON number in the variables (1.0) must never become money or a date.
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => ParseText(text),
        _ => throw Refused($"a {value.GetType().Name}"),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        T typed => Format(typed),
        _ => ThrowSerializationError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLNullValue || (value is GraphQLStringValue text && TryParse(text.Value.ToString(), out _));

    public override bool CanParseValue(object? value) =>
        value is null || (value is string text && TryParse(text, out _));

    private object ParseText(string text) =>
        TryParse(text, out var parsed) ? parsed : throw Refused($"'{(text.Length > 40 ? text[..40] + "…" : text)}'");

    private FormatException Refused(string what) => new($"{Name} expects a string {_format}; got {what}");
}
