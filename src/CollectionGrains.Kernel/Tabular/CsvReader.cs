using System.Text;

namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF or LF), in the encodings Chinese offices save it in:
/// UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (Excel's "CSV" on a Chinese Windows).
/// </summary>
public static class CsvReader
{
    static CsvReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Each record with its line number in the file (a quoted field may span lines).</summary>
    public static IReadOnlyList<(int Number, IReadOnlyList<string> Cells)> Read(byte[] content) => [.. Parse(Decode(content))];

    private static string Decode(byte[] content)
    {
        if (content is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            using var reader = new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        foreach (var encoding in new[] { new UTF8Encoding(false, throwOnInvalidBytes: true),
                     Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback) })
        {
            try
            {
                var text = encoding.GetString(content);
                if (!text.Contains('\0'))
                {
                    return text;
                }
            }
            catch (DecoderFallbackException)
            {
                // Not this encoding: try the next.
            }
        }
        throw new FormatException("文件既不是 UTF-8 也不是 GB18030（GBK）编码的 CSV 文本：请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后再导入");
    }

    private static IEnumerable<(int Number, IReadOnlyList<string> Cells)> Parse(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
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
                    line += c == '\n' ? 1 : 0;
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
                    yield return (recordLine, record);
                    record = [];
                    recordLine = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            throw new FormatException($"文件在第 {recordLine} 行的引号字段中结束：引号没有成对");
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return (recordLine, record);
        }
    }
}
