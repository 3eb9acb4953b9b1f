using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// Writes worksheets as a .xlsx workbook by the Open XML SDK, as Excel and WPS open it: a bold header row; amounts
/// (decimal) as number cells shown <c>#,##0.00</c>, shares (<see cref="Share"/>) shown <c>0.00%</c>, counts (int, long) as
/// numbers, dates as date cells shown yyyy-mm-dd,
/// everything else as text (defused like the CSV: no cell of outside text can run as a formula).
/// </summary>
public static class XlsxWriter
{
    private const uint HeaderStyle = 1, AmountStyle = 2, DateStyle = 3, ShareStyle = 4;

    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) =>
        Write(new XlsxSheet(sheetName, headers, rows));

    public static byte[] Write(params IReadOnlyList<XlsxSheet> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData(new Row(sheets[i].Headers.Select(h => TextCell(h, HeaderStyle))));
                foreach (var row in sheets[i].Rows)
                {
                    data.Append(new Row(row.Select(Cell)));
                }
                part.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)i + 1, Name = sheets[i].Name });
            }
        }
        return buffer.ToArray();
    }

    private static Cell Cell(object? value) => value switch
    {
        decimal amount => new Cell { CellValue = new CellValue(amount), DataType = CellValues.Number, StyleIndex = AmountStyle },
        Share share => new Cell { CellValue = new CellValue(share.Value), DataType = CellValues.Number, StyleIndex = ShareStyle },
        int count => new Cell { CellValue = new CellValue(count), DataType = CellValues.Number },
        long count => new Cell { CellValue = new CellValue(count.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
        DateOnly date => new Cell
        {
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
            DataType = CellValues.Number, StyleIndex = DateStyle,
        },
        null => new Cell(),
        _ => TextCell(CsvWriter.Defused(value.ToString() ?? ""), null),
    };

    private static Cell TextCell(string text, uint? style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    /// <summary>Cell styles: 0 plain, 1 bold header, 2 amount #,##0.00, 3 date yyyy-mm-dd (custom format 164), 4 share 0.00%.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 5 });
}
