using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Billing.Imports;

/// <summary>The opening-arrears sheet: historic unpaid bills of households already imported.</summary>
internal static class ArrearsSheet
{
    /// <summary>Every name a column of this sheet may carry (how the header row is found).</summary>
    public static IReadOnlyCollection<string> ColumnNames => [.. Columns.SelectMany(c => c.Item2)];

    private static readonly (string, string[], bool)[] Columns =
    [
        SheetColumns.Building,
        SheetColumns.Room,
        ("item", ["收费项目编码", "itemCode"], true),
        ("itemName", ["收费项目", "itemName"], false),
        ("period", ["账期", "period"], true),
        ("due", ["应缴日期", "dueDate"], false),
        ("amount", ["欠费金额", "amount"], true),
    ];

    public static (Dictionary<string, List<BillDraft>> BillsByHousehold, List<ImportError> Errors) Parse(
        Table table, IReadOnlyDictionary<string, BuildingRef> buildings, ISet<string> knownHouseholds)
    {
        var errors = new List<ImportError>();
        var columns = new SheetColumns(table, Columns, errors);
        if (errors.Count > 0)
        {
            return (new(), errors);
        }
        var bills = new Dictionary<string, List<BillDraft>>();
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.RowNumber(i);
            var rowErrors = errors.Count;
            var (path, room, householdId) = columns.Household(i, buildings);
            if (householdId is null)
            {
                errors.Add(new ImportError(row, "楼栋路径", $"找不到楼栋“{path}”（应为本集团的 项目/管理区/楼栋）"));
            }
            else if (!knownHouseholds.Contains(householdId))
            {
                errors.Add(new ImportError(row, "房号", $"{path} 没有房号 {room}：请先导入房户"));
            }
            var item = columns.Text(i, "item");
            if (item.Length is 0 or > 40 || item.Contains(':'))
            {
                errors.Add(new ImportError(row, "收费项目编码", $"收费项目编码“{item}”应为 1 到 40 个字符，且不含“:”"));
            }
            var period = SheetValues.Period(columns.Text(i, "period"), row, "账期", errors);
            var due = SheetValues.Date(columns.Text(i, "due"), row, "应缴日期", errors);
            var amount = SheetValues.Money(columns.Text(i, "amount"), row, "欠费金额", errors);
            if (period is { } p && householdId is not null && !seen.TryAdd($"{householdId}|{item}|{p}", row))
            {
                errors.Add(new ImportError(row, "账期", $"{path} {room} 的 {item} {p} 重复（首次出现在第 {seen[$"{householdId}|{item}|{p}"]} 行）"));
            }
            if (errors.Count == rowErrors && householdId is not null)
            {
                var name = columns.Text(i, "itemName");
                var draft = new BillDraft(item, name.Length > 0 ? name : item, period!.Value, due ?? period.Value.Day(15), amount!.Value);
                (bills.TryGetValue(householdId, out var list) ? list : bills[householdId] = []).Add(draft);
            }
        }
        return (bills, errors);
    }
}
