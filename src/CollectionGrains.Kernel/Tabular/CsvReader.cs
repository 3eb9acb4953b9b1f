using System.Text;

namespace CollectionGrains.Kernel.Tabular;

/// <summary>CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF or LF), UTF-8 with or without BOM.</summary>
public static class CsvReader
{
    public static Table Read(byte[] content)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        var records = Parse(text).Where(r => r.Any(f => f.Length > 0)).ToList();
        if (records.Count == 0)
        {
            throw new FormatException("the file is empty: no header row");
        }
        return new Table([.. records[0].Select(h => h.Trim())], records.Skip(1).ToList());
    }

    private static IEnumerable<IReadOnlyList<string>> Parse(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n' or '\r':
                    record.Add(field.ToString());
                    field.Clear();
                    yield return record;
                    record = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            throw new FormatException("the file ends inside a quoted field");
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
