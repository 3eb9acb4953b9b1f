using System.Globalization;
using System.Text;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Billing.Lists;

/// <summary>An arrears list written as the classic record sheet (欠费清单 with the three collection rounds), CSV or .xlsx.</summary>
internal static class ArrearsRecordSheet
{
    private static readonly string[] Columns =
        ["序号", "楼栋", "房号", "业主姓名", "联系电话", "客户类型", "空置", "欠费本金", "违约金", "欠费合计", "账龄", "最近联系", "第一次催收", "第二次催收", "第三次催收"];

    public static byte[] Write(IEnumerable<ListedHousehold> lines, ExportFormat format)
    {
        var rows = lines.Select((line, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), line.BuildingPath, line.Entry.Room, line.Entry.OwnerName,
            string.Join(";", line.Entry.Phones), line.Entry.CustomerType == CustomerType.Corporate ? "企业" : "个人",
            line.Entry.IsVacant ? "是" : "否", Amount(line.Entry.Principal), Amount(line.Entry.LateFee), Amount(line.Entry.Total),
            AgeLabel(line.Entry.AgeBucket), "", "", "", "",
        ]).ToList();
        return format == ExportFormat.Xlsx
            ? XlsxWriter.Write("欠费清单", Columns, rows)
            : Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(rows))).ToArray();
    }

    private static string Csv(IEnumerable<IReadOnlyList<string>> rows) =>
        string.Concat(new[] { (IReadOnlyList<string>)Columns }.Concat(rows)
            .Select(row => string.Join(",", row.Select(Quote)) + "\r\n"));

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string AgeLabel(AgeBucket bucket) => bucket switch
    {
        AgeBucket.Days0To30 => "0-30天",
        AgeBucket.Days31To90 => "31-90天",
        AgeBucket.Days91To180 => "91-180天",
        AgeBucket.Days181To365 => "181-365天",
        _ => "365天以上",
    };
}
