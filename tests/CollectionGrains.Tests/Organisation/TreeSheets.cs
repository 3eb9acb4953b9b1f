namespace CollectionGrains.Tests.Organisation;

/// <summary>A group's tree as its office keeps it (LibreOffice's flat ODF, saved as .xlsx by LibreOffice in the test).</summary>
public static class TreeSheets
{
    private static string Text(string value) => $"""<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>""";

    private static string Number(string value) => $"""<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>""";

    private static string Empty => "<table:table-cell/>";

    private static string Row(params string[] cells) => $"<table:table-row>{string.Concat(cells)}</table:table-row>";

    /// <summary>
    /// A title row, then one building per row; codes for region, branch and project, none for zones and buildings;
    /// two buildings with address and coordinates (numbers), one without.
    /// </summary>
    public static string Tree(string regionCode) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
         <office:body><office:spreadsheet><table:table table:name="组织架构">
          {Row(Text("组织架构及楼栋清单（2026年12月）"))}
          {Row(Text("区域"), Text("区域编码"), Text("分公司"), Text("分公司编码"), Text("项目"), Text("项目编码"), Text("管理区"), Text("楼栋"), Text("地址"), Text("纬度"), Text("经度"))}
          {Row(Text("华东区域"), Text(regionCode), Text("上海分公司"), Text("SH"), Text("翠湖天地"), Text("CHTD"), Text("一区"), Text("1栋"), Text("上海市黄浦区马当路 1 号"), Number("31.2156"), Number("121.4737"))}
          {Row(Text("华东区域"), Text(regionCode), Text("上海分公司"), Text("SH"), Text("翠湖天地"), Text("CHTD"), Text("一区"), Text("2栋"), Empty, Empty, Empty)}
          {Row(Text("华东区域"), Text(regionCode), Text("杭州分公司"), Text("HZ"), Text("西溪里"), Text("XXL"), Text("北区"), Text("5幢"), Text("杭州市西湖区文一西路 8 号"), Number("30.2741"), Number("120.1551"))}
         </table:table></office:spreadsheet></office:body>
        </office:document>
        """;
}
