using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Billing.Lists;

/// <summary>An arrears list written as the classic record sheet (欠费清单 with the three collection rounds), CSV or .xlsx.</summary>
internal static class ArrearsRecordSheet
{
    private static readonly string[] Columns =
        ["序号", "楼栋", "房号", "业主姓名", "联系电话", "客户类型", "空置", "欠费本金", "违约金", "欠费合计", "账龄", "最近联系", "第一次催收", "第二次催收", "第三次催收"];

    /// <summary>Amounts as numbers (two places), the row number as a count; text defused by the writers.</summary>
    public static byte[] Write(IEnumerable<ListedHousehold> lines, ExportFormat format)
    {
        var rows = lines.Select((line, i) => (IReadOnlyList<object?>)
        [
            i + 1, line.BuildingPath, line.Entry.Room, line.Entry.OwnerName,
            string.Join(";", line.Entry.Phones), line.Entry.CustomerType == CustomerType.Corporate ? "企业" : "个人",
            line.Entry.IsVacant ? "是" : "否", Amount(line.Entry.Principal), Amount(line.Entry.LateFee), Amount(line.Entry.Total),
            AgeLabel(line.Entry.AgeBucket), null, null, null, null,
        ]).ToList();
        return format == ExportFormat.Xlsx ? XlsxWriter.Write("欠费清单", Columns, rows) : CsvWriter.Write(Columns, rows);
    }

    private static decimal Amount(decimal amount) => decimal.Round(amount, 2) + 0.00m;

    private static string AgeLabel(AgeBucket bucket) => bucket switch
    {
        AgeBucket.Days0To30 => "0-30天",
        AgeBucket.Days31To90 => "31-90天",
        AgeBucket.Days91To180 => "91-180天",
        AgeBucket.Days181To365 => "181-365天",
        _ => "365天以上",
    };
}
