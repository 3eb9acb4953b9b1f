namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// A spreadsheet read into text: its header row and data rows, with each data row's number as the user sees it in the
/// file (so errors point at the right place whatever title and blank rows the file has).
/// </summary>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> RowNumbers, int HeaderRowNumber)
{
    private const int RowsSearchedForHeader = 10;

    public int RowNumber(int dataRowIndex) => RowNumbers[dataRowIndex];

    /// <summary>Whether the header row has a column of this name (case aside).</summary>
    public bool HasColumn(string name) => Headers.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The trimmed text of a data row's cell in the first column of this name; empty when there is no such column.</summary>
    public string Cell(int dataRowIndex, string column)
    {
        for (var index = 0; index < Headers.Count && index < Rows[dataRowIndex].Count; index++)
        {
            if (string.Equals(Headers[index], column, StringComparison.OrdinalIgnoreCase))
            {
                return Rows[dataRowIndex][index].Trim();
            }
        }
        return "";
    }

    /// <summary>
    /// Reads a .xlsx workbook (by its zip signature) or CSV text (UTF-8, or GB18030 as Chinese Excel saves it). The header
    /// row is the one among the first rows that holds the most of <paramref name="columnNames"/> (a title row above it is
    /// skipped); without names, the first row with two or more cells.
    /// </summary>
    public static Table Read(byte[] content, IReadOnlyCollection<string>? columnNames = null)
    {
        var rows = content switch
        {
            [0x50, 0x4B, 0x03, 0x04, ..] => XlsxReader.Read(content),
            [0xD0, 0xCF, 0x11, 0xE0, ..] => throw new FormatException("这是旧版 Excel 97-2003 工作簿（.xls）：请另存为 .xlsx 或 CSV UTF-8 后再导入"),
            _ => CsvReader.Read(content),
        };
        return FromRows(rows, columnNames ?? []);
    }

    /// <summary>A table of the non-blank rows given (number, cells), its header found as <see cref="Read"/> says.</summary>
    public static Table FromRows(IReadOnlyList<(int Number, IReadOnlyList<string> Cells)> rows, IReadOnlyCollection<string> columnNames)
    {
        var filled = rows.Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        if (filled.Count == 0)
        {
            throw new FormatException("文件是空的：没有表头行");
        }
        var candidates = filled.Take(RowsSearchedForHeader).ToList();
        var known = new HashSet<string>(columnNames, StringComparer.OrdinalIgnoreCase);
        var byNames = candidates.Select((r, i) => (Index: i, Matches: r.Cells.Count(c => known.Contains(c.Trim()))))
            .Where(c => c.Matches >= Math.Min(2, known.Count) && c.Matches > 0).OrderByDescending(c => c.Matches).ThenBy(c => c.Index).ToList();
        var header = byNames.Count > 0 ? byNames[0].Index
            : candidates.FindIndex(r => r.Cells.Count(c => c.Trim().Length > 0) >= 2) is var wide and >= 0 ? wide : 0;
        var width = filled.Max(r => r.Cells.Count);
        IReadOnlyList<string> Pad(IReadOnlyList<string> cells) => [.. cells, .. Enumerable.Repeat("", width - cells.Count)];
        var data = filled.Skip(header + 1).ToList();
        return new Table([.. Pad(filled[header].Cells).Select(h => h.Trim())], [.. data.Select(r => Pad(r.Cells))], [.. data.Select(r => r.Number)], filled[header].Number);
    }
}
