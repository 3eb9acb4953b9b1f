using System.Globalization;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Billing.Imports;

/// <summary>The household sheet: every row checked, every problem reported with its row and column.</summary>
internal static class HouseholdSheet
{
    /// <summary>Every name a column of this sheet may carry (how the header row is found).</summary>
    public static IReadOnlyCollection<string> ColumnNames => [.. Columns.SelectMany(c => c.Item2)];

    private static readonly (string, string[], bool)[] Columns =
    [
        SheetColumns.Building,
        SheetColumns.Room,
        ("area", ["面积", "建筑面积", "area"], true),
        ("owner", ["业主姓名", "业主", "ownerName", "owner"], true),
        ("customerType", ["客户类型", "customerType"], false),
        ("phones", ["电话", "联系电话", "phones", "phone"], false),
        ("vacant", ["空置", "是否空置", "vacant"], false),
        ("moveIn", ["入住日期", "moveInDate", "moveIn"], false),
    ];

    public static (List<HouseholdProfile> Households, List<ImportError> Errors) Parse(Table table, IReadOnlyDictionary<string, BuildingRef> buildings)
    {
        var errors = new List<ImportError>();
        var columns = new SheetColumns(table, Columns, errors);
        if (errors.Count > 0)
        {
            return (new(), errors);
        }
        var households = new List<HouseholdProfile>();
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.RowNumber(i);
            var rowErrors = errors.Count;
            var path = columns.Text(i, SheetColumns.Building.Field);
            var room = columns.Text(i, SheetColumns.Room.Field);
            if (!buildings.TryGetValue(path, out var building))
            {
                errors.Add(new ImportError(row, "楼栋路径", $"找不到楼栋“{path}”（应为本集团的 项目/管理区/楼栋）"));
            }
            if (room.Length is 0 or > 40 || room.Contains('/'))
            {
                errors.Add(new ImportError(row, "房号", $"房号“{room}”应为 1 到 40 个字符，且不含“/”"));
            }
            else if (building is not null && building.HouseholdId(room).Length > Charges.BillingInputRules.MaxIdLength)
            {
                errors.Add(new ImportError(row, "房号", $"户号“{building.HouseholdId(room)}”超过 {Charges.BillingInputRules.MaxIdLength} 个字符：楼栋编号或房号太长"));
            }
            else if (seen.TryGetValue($"{path}|{room}", out var first))
            {
                errors.Add(new ImportError(row, "房号", $"{path} 的房号 {room} 重复（首次出现在第 {first} 行）"));
            }
            else
            {
                seen[$"{path}|{room}"] = row;
            }
            var area = SheetValues.Decimal(columns.Text(i, "area"), row, "面积", errors);
            if (area is <= 0 or > 100_000)
            {
                errors.Add(new ImportError(row, "面积", $"面积 {area} 应大于 0 且不超过 100000 平方米"));
            }
            var owner = columns.Text(i, "owner");
            if (owner.Length is 0 or > 200)
            {
                errors.Add(new ImportError(row, "业主姓名", "业主姓名必填（不超过 200 个字符）"));
            }
            var customerType = columns.Text(i, "customerType") switch
            {
                "" or "个人" or "Individual" => CustomerType.Individual,
                "企业" or "单位" or "Corporate" => CustomerType.Corporate,
                var other => Invalid(errors, row, "客户类型", $"客户类型“{other}”应为 个人 或 企业", CustomerType.Individual),
            };
            var phones = columns.Text(i, "phones").Split([';', '；', '/', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (phones.Any(p => p.Length is < 5 or > 20 || !p.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ')))
            {
                errors.Add(new ImportError(row, "电话", $"电话“{columns.Text(i, "phones")}”：每个号码 5 到 20 位数字，多个号码用“;”分隔"));
            }
            var vacant = SheetValues.YesNo(columns.Text(i, "vacant"), row, "空置", errors);
            var moveIn = SheetValues.Date(columns.Text(i, "moveIn"), row, "入住日期", errors);
            if (errors.Count == rowErrors && building is not null)
            {
                households.Add(new HouseholdProfile(building.HouseholdId(room), building.ProjectId, building.BuildingId, room,
                    area!.Value, owner, customerType, phones, vacant, moveIn, []));
            }
        }
        return (households, errors);
    }

    private static T Invalid<T>(List<ImportError> errors, int row, string column, string message, T fallback)
    {
        errors.Add(new ImportError(row, column, message));
        return fallback;
    }
}
