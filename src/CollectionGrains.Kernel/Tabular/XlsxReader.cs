using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// The first worksheet of an Office Open XML workbook (.xlsx) as text: shared and inline strings, numbers as written,
/// date-formatted cells as yyyy-MM-dd. Enough for the household and arrears sheets companies migrate from.
/// </summary>
public static class XlsxReader
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Reads the first worksheet; any damage to the workbook is a <see cref="FormatException"/> saying what.</summary>
    public static Table Read(byte[] content)
    {
        try
        {
            return ReadWorkbook(content);
        }
        catch (Exception e) when (e is not FormatException)
        {
            throw new FormatException($"not a readable .xlsx workbook ({e.Message})", e);
        }
    }

    private static Table ReadWorkbook(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        var shared = Load(zip, "xl/sharedStrings.xml")?.Root?.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList() ?? [];
        var dateStyles = DateStyles(Load(zip, "xl/styles.xml"));
        var sheet = Load(zip, FirstSheetPath(zip)) ?? throw new FormatException("the workbook has no worksheet");
        var rows = new SortedDictionary<int, SortedDictionary<int, string>>();
        foreach (var cell in sheet.Descendants(Main + "c"))
        {
            var (column, row) = Position((string?)cell.Attribute("r") ?? throw new FormatException("a cell without a reference"));
            var value = CellText(cell, shared, dateStyles);
            if (value.Length > 0)
            {
                (rows.TryGetValue(row, out var cells) ? cells : rows[row] = [])[column] = value;
            }
        }
        if (rows.Count == 0)
        {
            throw new FormatException("the worksheet is empty: no header row");
        }
        var width = rows.Values.Max(r => r.Keys.Max()) + 1;
        var grid = rows.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)[.. Enumerable.Range(0, width).Select(c => r.Value.GetValueOrDefault(c, ""))]);
        var headerRow = rows.Keys.First();
        var last = rows.Keys.Last();
        var data = Enumerable.Range(headerRow + 1, last - headerRow)
            .Select(r => grid.GetValueOrDefault(r, [.. Enumerable.Repeat("", width)])).ToList();
        return new Table([.. grid[headerRow].Select(h => h.Trim())], data);
    }

    private static string CellText(XElement cell, List<string> shared, HashSet<int> dateStyles)
    {
        var type = (string?)cell.Attribute("t");
        var raw = cell.Element(Main + "v")?.Value ?? "";
        return type switch
        {
            "s" => shared[int.Parse(raw, CultureInfo.InvariantCulture)],
            "inlineStr" => string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)),
            "str" or "b" => raw,
            _ when raw.Length > 0 && int.TryParse((string?)cell.Attribute("s"), out var style) && dateStyles.Contains(style)
                && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) =>
                DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => raw,
        };
    }

    private static HashSet<int> DateStyles(XDocument? styles)
    {
        var custom = styles?.Root?.Element(Main + "numFmts")?.Elements(Main + "numFmt")
            .Where(f => ((string?)f.Attribute("formatCode") ?? "").Any(ch => ch is 'y' or 'd'))
            .Select(f => (int)f.Attribute("numFmtId")!).ToHashSet() ?? [];
        var formats = styles?.Root?.Element(Main + "cellXfs")?.Elements(Main + "xf").Select(x => (int?)x.Attribute("numFmtId") ?? 0).ToList() ?? [];
        return [.. formats.Select((format, index) => (format, index))
            .Where(f => f.format is >= 14 and <= 22 || custom.Contains(f.format)).Select(f => f.index)];
    }

    private static string FirstSheetPath(ZipArchive zip)
    {
        var workbook = Load(zip, "xl/workbook.xml") ?? throw new FormatException("not an .xlsx workbook");
        var firstSheet = workbook.Root?.Element(Main + "sheets")?.Elements(Main + "sheet").FirstOrDefault()
            ?? throw new FormatException("the workbook has no worksheet");
        var relationId = (string?)firstSheet.Attribute(Relationships + "id");
        var target = Load(zip, "xl/_rels/workbook.xml.rels")?.Root?.Elements(PackageRelationships + "Relationship")
            .FirstOrDefault(r => (string?)r.Attribute("Id") == relationId)?.Attribute("Target")?.Value ?? "worksheets/sheet1.xml";
        return target.StartsWith('/') ? target[1..] : $"xl/{target}";
    }

    private static (int Column, int Row) Position(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetter).ToArray();
        var column = letters.Aggregate(0, (sum, letter) => sum * 26 + char.ToUpperInvariant(letter) - 'A' + 1) - 1;
        return (column, int.Parse(reference.AsSpan(letters.Length), CultureInfo.InvariantCulture));
    }

    private static XDocument? Load(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
