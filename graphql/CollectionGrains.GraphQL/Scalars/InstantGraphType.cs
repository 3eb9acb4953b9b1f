using System.Globalization;

namespace CollectionGrains.GraphQL.Scalars;

/// <summary>An instant, ISO 8601 with an offset (<c>2026-11-22T09:30:00+08:00</c>).</summary>
internal sealed class InstantGraphType() : TextScalarGraphType<DateTimeOffset>(
    "DateTime", "in ISO 8601 with an offset (2026-11-22T09:30:00+08:00 or …Z)", "An instant in ISO 8601 with an offset (\"2026-11-22T09:30:00+08:00\").")
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    protected override bool TryParse(string text, out DateTimeOffset value) =>
        (text.EndsWith('Z') || text.Length > 6 && text[^6] is '+' or '-')
        && DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
        || Fail(out value);

    protected override string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static bool Fail(out DateTimeOffset value)
    {
        value = default;
        return false;
    }
}
