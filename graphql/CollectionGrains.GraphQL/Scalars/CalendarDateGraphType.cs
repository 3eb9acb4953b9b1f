using System.Globalization;

namespace CollectionGrains.GraphQL.Scalars;

/// <summary>A calendar day, <c>yyyy-MM-dd</c>.</summary>
internal sealed class CalendarDateGraphType() : TextScalarGraphType<DateOnly>("Date", "yyyy-MM-dd", "A calendar day in China time, yyyy-MM-dd (\"2026-11-22\").")
{
    protected override bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    protected override string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
