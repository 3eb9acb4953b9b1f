using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Collection.Sheets;

/// <summary>催收记录表: the classic record sheet of a project, CSV or .xlsx, amounts as numbers.</summary>
internal static class RecordSheet
{
    private static readonly string[] Columns =
    [
        "序号", "楼栋", "房号", "业主姓名", "联系电话", "欠费金额", "第一次催收日期", "第一次结果", "第二次催收日期", "第二次结果",
        "第三次催收日期", "第三次结果", "催收分类", "承诺缴费日期", "承诺金额", "欠费原因", "收费员",
    ];

    public static byte[] Write(IEnumerable<RecordSheetLine> lines, SheetFormat format)
    {
        var rows = lines.Select((line, i) =>
        {
            var row = new List<object?> { i + 1, line.Building, line.Room, line.Owner, line.Phones, line.Owed };
            for (var round = 0; round < 3; round++)
            {
                var contact = round < line.FirstContacts.Count ? line.FirstContacts[round] : ((DateOnly, ContactClass)?)null;
                row.Add(contact?.Item1);
                row.Add(contact is { } c ? Label(c.Item2) : null);
            }
            row.AddRange([line.Class is { } cls ? Label(cls) : null, line.Promise?.Date, line.Promise?.Amount, Reason(line.Reason), line.Collector]);
            return (IReadOnlyList<object?>)row;
        }).ToList();
        return format == SheetFormat.Xlsx ? XlsxWriter.Write("催收记录表", Columns, rows) : CsvWriter.Write(Columns, rows);
    }

    public static string Label(ContactClass contactClass) => contactClass switch
    {
        ContactClass.A_Promised => "A 近期交纳",
        ContactClass.B_Undecided => "B 暂未明确",
        ContactClass.C_Unreachable => "C 无法联系",
        ContactClass.D_Away => "D 异地",
        _ => "E 特殊拒交",
    };

    private static string? Reason(ArrearsReason? reason) => reason is null ? null : (reason.Category switch
    {
        ArrearsReasonCategory.BasicService => "基础服务类",
        ArrearsReasonCategory.ValueAddedService => "增值服务类",
        ArrearsReasonCategory.Developer => "地产类",
        _ => "其他",
    }) + (string.IsNullOrWhiteSpace(reason.Text) ? "" : "：" + reason.Text);
}
