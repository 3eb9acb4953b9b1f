using System.Globalization;
using System.Text;

namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// Writes a sheet as CSV (UTF-8 with a byte-order mark, so Excel and WPS read Chinese text): numbers as numbers, text
/// quoted where needed, and text that a spreadsheet would take for a formula (=, +, -, @) prefixed with an apostrophe.
/// </summary>
public static class CsvWriter
{
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in new[] { (IReadOnlyList<object?>)headers }.Concat(rows))
        {
            text.Append(string.Join(",", row.Select(Field))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Quote(Defused(value.ToString() ?? string.Empty)),
    };

    /// <summary>Text starting like a formula is prefixed so that no spreadsheet runs it (names and notes come from outside).</summary>
    public static string Defused(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
