namespace CollectionGrains.Tests.Billing;

/// <summary>Sheets as an office keeps them, in LibreOffice's flat ODF form (LibreOffice saves them as .xlsx or CSV).</summary>
public static class OfficeSheets
{
    private static string Text(string value) => $"""<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>""";

    private static string Date(string iso, string shown, string style) =>
        $"""<table:table-cell table:style-name="{style}" office:value-type="date" office:date-value="{iso}"><text:p>{shown}</text:p></table:table-cell>""";

    private static string Row(params string[] cells) => $"<table:table-row>{string.Concat(cells)}</table:table-row>";

    /// <summary>A merged title row, then 楼栋路径 … 入住日期; areas and phones are text cells; dates in two Chinese styles.</summary>
    public static readonly string Households = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
          xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
         <office:automatic-styles>
          <number:date-style style:name="N1"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
          <number:date-style style:name="N2"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style>
          <style:style style:name="cn" style:family="table-cell" style:data-style-name="N1"/>
          <style:style style:name="slash" style:family="table-cell" style:data-style-name="N2"/>
         </office:automatic-styles>
         <office:body><office:spreadsheet><table:table table:name="房户">
          <table:table-row><table:table-cell table:number-columns-spanned="8" office:value-type="string"><text:p>幸福里房户清单（2024年12月）</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="7"/></table:table-row>
          {Row(Text("楼栋路径"), Text("房号"), Text("面积"), Text("业主姓名"), Text("客户类型"), Text("电话"), Text("空置"), Text("入住日期"))}
          {Row(Text("幸福里/一区/1栋"), Text("1-101"), Text("89.50"), Text("张伟"), Text("个人"), Text("13800138000"), Text("否"), Date("2024-03-15", "2024年3月15日", "cn"))}
          {Row(Text("幸福里/一区/2栋"), Text("2-201"), Text("120㎡"), Text("深圳市某某科技有限公司"), Text("企业"), Text(""), Text("是"), Date("2023-12-01", "2023/12/1", "slash"))}
         </table:table></office:spreadsheet></office:body>
        </office:document>
        """;
}
