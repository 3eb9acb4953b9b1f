using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Billing.Imports;

/// <summary>The opening-arrears sheet: historic unpaid bills of households already imported.</summary>
internal static class ArrearsSheet
{
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
            var row = Table.RowNumber(i);
            var rowErrors = errors.Count;
            var (path, room, householdId) = columns.Household(i, buildings);
            if (householdId is null)
            {
                errors.Add(new ImportError(row, "楼栋路径", $"unknown building '{path}'"));
            }
            else if (!knownHouseholds.Contains(householdId))
            {
                errors.Add(new ImportError(row, "房号", $"no household {room} in {path}: import the households first"));
            }
            var item = columns.Text(i, "item");
            if (item.Length is 0 or > 40 || item.Contains(':'))
            {
                errors.Add(new ImportError(row, "收费项目编码", $"item code '{item}' must be 1 to 40 characters without ':'"));
            }
            var period = SheetValues.Period(columns.Text(i, "period"), row, "账期", errors);
            var due = SheetValues.Date(columns.Text(i, "due"), row, "应缴日期", errors);
            var amount = SheetValues.Money(columns.Text(i, "amount"), row, "欠费金额", errors);
            if (period is { } p && householdId is not null && !seen.TryAdd($"{householdId}|{item}|{p}", row))
            {
                errors.Add(new ImportError(row, "账期", $"{item} {p} of {path} {room} appears again (first on row {seen[$"{householdId}|{item}|{p}"]})"));
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
