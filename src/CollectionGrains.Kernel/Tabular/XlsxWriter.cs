using System.IO.Compression;
using System.Xml.Linq;

namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// Writes one worksheet as a minimal .xlsx workbook, which Excel and WPS open: numbers (decimal, int, long) as number
/// cells, everything else as inline text, dates as yyyy-MM-dd text.
/// </summary>
public static class XlsxWriter
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Package = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", new XElement(Types + "Types",
                new XElement(Types + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
                new XElement(Types + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
                new XElement(Types + "Override", new XAttribute("PartName", "/xl/workbook.xml"), new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
                new XElement(Types + "Override", new XAttribute("PartName", "/xl/worksheets/sheet1.xml"), new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))));
            Add(zip, "_rels/.rels", Relations(("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")));
            Add(zip, "xl/_rels/workbook.xml.rels", Relations(("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml")));
            Add(zip, "xl/workbook.xml", new XElement(Main + "workbook", new XAttribute(XNamespace.Xmlns + "r", R),
                new XElement(Main + "sheets", new XElement(Main + "sheet", new XAttribute("name", sheetName), new XAttribute("sheetId", 1), new XAttribute(R + "id", "rId1")))));
            Add(zip, "xl/worksheets/sheet1.xml", new XElement(Main + "worksheet",
                new XElement(Main + "sheetData", new[] { (IReadOnlyList<object?>)headers }.Concat(rows).Select((row, r) => new XElement(Main + "row", new XAttribute("r", r + 1),
                    row.Select((value, c) => Cell($"{Column(c)}{r + 1}", value)))))));
        }
        return buffer.ToArray();
    }

    private static XElement Cell(string reference, object? value) => value switch
    {
        decimal or int or long => new XElement(Main + "c", new XAttribute("r", reference),
            new XElement(Main + "v", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))),
        _ => new XElement(Main + "c", new XAttribute("r", reference), new XAttribute("t", "inlineStr"),
            new XElement(Main + "is", new XElement(Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), Text(value)))),
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => CsvWriter.Defused(value.ToString() ?? string.Empty),
    };

    private static XElement Relations(params (string Id, string Type, string Target)[] relations) =>
        new(Package + "Relationships", relations.Select(r => new XElement(Package + "Relationship",
            new XAttribute("Id", r.Id), new XAttribute("Type", r.Type), new XAttribute("Target", r.Target))));

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    private static void Add(ZipArchive zip, string path, XElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(stream);
    }
}
