using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// The first worksheet of a .xlsx workbook (Excel, WPS, LibreOffice) as text, by the Open XML SDK: shared, inline and
/// formula strings; numbers as written; cells formatted as dates — built-in formats, the CJK ones (27–36, 50–58) and
/// custom ones like <c>yyyy"年"m"月"d"日"</c> — as yyyy-MM-dd. Cells and rows without a reference take the next place.
/// </summary>
public static class XlsxReader
{
    /// <summary>Reads the first worksheet's rows (number, cells), or the one named; a damaged workbook is a <see cref="FormatException"/>.</summary>
    public static IReadOnlyList<(int Number, IReadOnlyList<string> Cells)> Read(byte[] content, string? sheetName = null)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            return ReadSheet(document, sheetName);
        }
        catch (Exception e) when (e is not FormatException)
        {
            throw new FormatException($"无法读取这个 .xlsx 工作簿（{e.Message}）", e);
        }
    }

    private static List<(int, IReadOnlyList<string>)> ReadSheet(SpreadsheetDocument document, string? sheetName)
    {
        var workbook = document.WorkbookPart ?? throw new FormatException("这不是 .xlsx 工作簿：没有 workbook 部件");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => sheetName is null || s.Name?.Value == sheetName)
            ?? throw new FormatException(sheetName is null ? "工作簿里没有工作表" : $"工作簿里没有工作表「{sheetName}」");
        var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
        var rows = new List<(int, IReadOnlyList<string>)>();
        var rowNumber = 0;
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }
                cells.Add(Text(cell, shared, dateStyles));
            }
            rows.Add((rowNumber, cells));
        }
        return rows;
    }

    private static string Text(Cell cell, List<string> shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value is { } type)
        {
            if (type == CellValues.SharedString)
            {
                return int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count
                    ? shared[i]
                    : throw new FormatException($"单元格 {cell.CellReference?.Value} 引用了不存在的共享字符串 {raw}");
            }
            if (type == CellValues.InlineString)
            {
                return cell.InlineString?.InnerText ?? "";
            }
            if (type == CellValues.Date)
            {
                return raw.Length >= 10 ? raw[..10] : raw;
            }
            if (type != CellValues.Number)
            {
                return raw;   // str (formula text), b, e
            }
        }
        return raw.Length > 0 && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
               && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : raw;
    }

    /// <summary>The cell styles (cellXfs positions) whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && SheetDates.IsDateFormat(f.FormatCode?.Value ?? ""))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var formats = styles?.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value ?? 0).ToList() ?? [];
        return [.. formats.Select((format, index) => (format, index))
            .Where(f => SheetDates.IsBuiltInDateFormat(f.format) || custom.Contains(f.format)).Select(f => (uint)f.index)];
    }

    private static int ColumnOf(string reference) =>
        reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (sum, letter) => sum * 26 + char.ToUpperInvariant(letter) - 'A' + 1) - 1;
}
