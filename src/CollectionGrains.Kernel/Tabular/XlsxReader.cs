using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// The first worksheet of a .xlsx workbook (Excel, WPS, LibreOffice) as text: shared, inline and formula strings;
/// numbers as written; cells formatted as dates — built-in formats, the CJK ones (27–36, 50–58) and custom ones like
/// <c>yyyy"年"m"月"d"日"</c> — as yyyy-MM-dd. Cells and rows without a reference take the next place. The Open XML SDK
/// opens the package and reads the small parts (workbook, styles); the worksheet and the shared strings are read as a
/// stream of XML, so a sheet of a hundred thousand rows never becomes a tree of objects.
/// </summary>
public static class XlsxReader
{
    /// <summary>Reads the first worksheet's rows (number, cells), or the one named; a damaged workbook is a <see cref="FormatException"/>.</summary>
    public static IReadOnlyList<(int Number, IReadOnlyList<string> Cells)> Read(byte[] content, string? sheetName = null)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var workbook = document.WorkbookPart ?? throw new FormatException("这不是 .xlsx 工作簿：没有 workbook 部件");
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => sheetName is null || s.Name?.Value == sheetName)
                ?? throw new FormatException(sheetName is null ? "工作簿里没有工作表" : $"工作簿里没有工作表「{sheetName}」");
            var shared = workbook.SharedStringTablePart is { } strings ? SharedStrings(strings) : [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            using var sheet = Xml(workbook.GetPartById(first.Id!.Value!));
            return Rows(sheet, shared, dateStyles);
        }
        catch (Exception e) when (e is not FormatException)
        {
            throw new FormatException($"无法读取这个 .xlsx 工作簿（{e.Message}）", e);
        }
    }

    private static XmlReader Xml(OpenXmlPart part) =>
        XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });

    /// <summary>Each &lt;si&gt; as the text a user sees: its runs' text, without phonetic guides.</summary>
    private static List<string> SharedStrings(SharedStringTablePart part)
    {
        using var xml = Xml(part);
        var strings = new List<string>();
        while (xml.Read())
        {
            if (xml is { NodeType: XmlNodeType.Element, LocalName: "si" })
            {
                strings.Add(RichText(xml));
            }
        }
        return strings;
    }

    private static List<(int, IReadOnlyList<string>)> Rows(XmlReader xml, List<string> shared, HashSet<uint> dateStyles)
    {
        var rows = new List<(int, IReadOnlyList<string>)>();
        var rowNumber = 0;
        while (xml.Read())
        {
            if (xml is not { NodeType: XmlNodeType.Element, LocalName: "row" })
            {
                continue;
            }
            rowNumber = int.TryParse(xml.GetAttribute("r"), CultureInfo.InvariantCulture, out var index) ? index : rowNumber + 1;
            var cells = new List<string>();
            foreach (var _ in Children(xml))
            {
                if (xml is { NodeType: XmlNodeType.Element, LocalName: "c" })
                {
                    var reference = xml.GetAttribute("r");
                    var column = reference is null ? cells.Count : ColumnOf(reference);
                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }
                    cells.Add(Cell(xml, reference, shared, dateStyles));
                }
            }
            rows.Add((rowNumber, cells));
        }
        return rows;
    }

    /// <summary>The text of the &lt;c&gt; the reader is on.</summary>
    private static string Cell(XmlReader xml, string? reference, List<string> shared, HashSet<uint> dateStyles)
    {
        var type = xml.GetAttribute("t");
        var style = uint.TryParse(xml.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : (uint?)null;
        string raw = "", inline = "";
        foreach (var _ in Children(xml))
        {
            if (xml is { NodeType: XmlNodeType.Element, LocalName: "v" })
            {
                raw = Text(xml);
            }
            else if (xml is { NodeType: XmlNodeType.Element, LocalName: "is" })
            {
                inline = RichText(xml);
            }
        }
        return type switch
        {
            "s" => int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count
                ? shared[i]
                : throw new FormatException($"单元格 {reference} 引用了不存在的共享字符串 {raw}"),
            "inlineStr" => inline,
            "d" => raw.Length >= 10 ? raw[..10] : raw,
            null or "n" => raw.Length > 0 && style is { } st && dateStyles.Contains(st)
                           && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466
                ? DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : raw,
            _ => raw,   // str (formula text), b, e
        };
    }

    /// <summary>
    /// The text of a string item the reader is on (&lt;si&gt; or &lt;is&gt;): its &lt;t&gt;, or its runs' &lt;t&gt; in
    /// order, leaving out phonetic guides (&lt;rPh&gt;) as Excel shows the cell.
    /// </summary>
    private static string RichText(XmlReader xml)
    {
        var text = "";
        int? phonetic = null;
        foreach (var node in Children(xml))
        {
            if (phonetic is { } depth)
            {
                phonetic = node == XmlNodeType.EndElement && xml.Depth == depth ? null : depth;
            }
            else if (xml is { NodeType: XmlNodeType.Element, LocalName: "rPh", IsEmptyElement: false })
            {
                phonetic = xml.Depth;
            }
            else if (xml is { NodeType: XmlNodeType.Element, LocalName: "t" })
            {
                text += Text(xml);   // a run or two: no builder needed
            }
        }
        return text;
    }

    /// <summary>
    /// Steps through every node inside the element the reader is on, yielding at each; the reader ends on the element's
    /// end (or stays on it when it is empty).
    /// </summary>
    private static IEnumerable<XmlNodeType> Children(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            yield break;
        }
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            yield return xml.NodeType;
        }
    }

    /// <summary>The text of a leaf element the reader is on, which it leaves on the element's end.</summary>
    private static string Text(XmlReader xml)
    {
        var text = "";
        foreach (var node in Children(xml))
        {
            if (node is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text += xml.Value;
            }
        }
        return text;
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
