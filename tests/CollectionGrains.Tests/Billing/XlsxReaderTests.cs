using System.Text;
using CollectionGrains.Kernel.Tabular;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CollectionGrains.Tests.Billing;

/// <summary>
/// The worksheet reader on a workbook whose parts are written by hand, each expected cell read off the XML: shared
/// strings with runs and a phonetic guide, inline strings, dates by style and by type, formula text, blanks and rows and
/// cells without a reference.
/// </summary>
public sealed class XlsxReaderTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Every_kind_of_cell_reads_as_the_office_sees_it()
    {
        var workbook = Workbook(
            sharedStrings: $"""
                <sst xmlns="{Main}" count="3" uniqueCount="3">
                  <si><t>楼栋路径</t></si>
                  <si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">伟 </t></r></si>
                  <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
                </sst>
                """,
            sheet: $"""
                <worksheet xmlns="{Main}"><sheetData>
                  <row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><r><t>1-</t></r><r><t>101</t></r></is></c></row>
                  <row><c t="s"><v>1</v></c><c><v>89.5</v></c><c s="1"><v>45366</v></c><c s="2"><v>43800</v></c></row>
                  <row r="7"><c r="B7" t="s"><v>2</v></c><c r="D7" t="d"><v>2024-03-15T00:00:00</v></c><c r="E7" t="str"><f>A2&amp;"x"</f><v>楼栋路径x</v></c><c r="F7" t="b"><v>1</v></c><c r="G7"/></row>
                </sheetData></worksheet>
                """);

        var rows = XlsxReader.Read(workbook);

        Assert.Equal([2, 3, 7], rows.Select(r => r.Number));
        Assert.Equal(["楼栋路径", "", "1-101"], rows[0].Cells);
        Assert.Equal(["张伟 ", "89.5", "2024-03-15", "2019-12-01"], rows[1].Cells);   // 45366 and 43800 as dates: styles 1 and 2
        Assert.Equal(["", "東京", "", "2024-03-15", "楼栋路径x", "1", ""], rows[2].Cells);
    }

    [Fact]
    public void A_shared_string_that_is_not_there_is_a_Chinese_format_error()
    {
        var workbook = Workbook($"""<sst xmlns="{Main}"><si><t>x</t></si></sst>""",
            $"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="B1" t="s"><v>3</v></c></row></sheetData></worksheet>""");

        Assert.Contains("B1 引用了不存在的共享字符串 3", Assert.Throws<FormatException>(() => XlsxReader.Read(workbook)).Message);
    }

    /// <summary>A workbook of one sheet from the given parts; its styles: 0 general, 1 built-in date 14, 2 a custom 年月日 format.</summary>
    private static byte[] Workbook(string sharedStrings, string sheet)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            Feed(worksheet, sheet);
            Feed(workbook.AddNewPart<SharedStringTablePart>(), sharedStrings);
            Feed(workbook.AddNewPart<WorkbookStylesPart>(), $"""
                <styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
                <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>
                """);
            Feed(workbook, $"""
                <workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="房户" sheetId="1" r:id="{workbook.GetIdOfPart(worksheet)}"/></sheets></workbook>
                """);
        }
        return stream.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml) => part.FeedData(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
}
