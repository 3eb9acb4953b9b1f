using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Billing.Imports;

/// <summary>A bank-withholding result file: one successful deduction per row, idempotent by its serial number.</summary>
internal static class WithholdingSheet
{
    /// <summary>Every name a column of this sheet may carry (how the header row is found).</summary>
    public static IReadOnlyCollection<string> ColumnNames => [.. Columns.SelectMany(c => c.Item2)];

    private static readonly (string, string[], bool)[] Columns =
    [
        ("serial", ["流水号", "paymentId", "serial"], true),
        SheetColumns.Building,
        SheetColumns.Room,
        ("amount", ["金额", "amount"], true),
        ("paidAt", ["扣款时间", "扣款日期", "paidAt"], true),
    ];

    public static (List<(string HouseholdId, PaymentRequest Payment)> Payments, List<ImportError> Errors) Parse(
        Table table, IReadOnlyDictionary<string, BuildingRef> buildings, ISet<string> knownHouseholds)
    {
        var errors = new List<ImportError>();
        var columns = new SheetColumns(table, Columns, errors);
        if (errors.Count > 0)
        {
            return (new(), errors);
        }
        var payments = new List<(string, PaymentRequest)>();
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.RowNumber(i);
            var rowErrors = errors.Count;
            var serial = columns.Text(i, "serial");
            if (serial.Length is 0 or > 100)
            {
                errors.Add(new ImportError(row, "流水号", "流水号必填（不超过 100 个字符）"));
            }
            else if (!seen.TryAdd(serial, row))
            {
                errors.Add(new ImportError(row, "流水号", $"流水号 {serial} 重复（首次出现在第 {seen[serial]} 行）"));
            }
            var (path, room, householdId) = columns.Household(i, buildings);
            if (householdId is null || !knownHouseholds.Contains(householdId))
            {
                errors.Add(new ImportError(row, "房号", $"“{path}”没有房号 {room}"));
            }
            var amount = SheetValues.Money(columns.Text(i, "amount"), row, "金额", errors);
            var paidOn = SheetValues.Date(columns.Text(i, "paidAt"), row, "扣款时间", errors);
            if (errors.Count == rowErrors && householdId is not null && paidOn is { } day)
            {
                var paidAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), BusinessCalendar.Offset);
                payments.Add((householdId, new PaymentRequest(serial, amount!.Value, PaymentChannel.BankWithholding, paidAt)));
            }
        }
        return (payments, errors);
    }
}
