using System.Globalization;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Billing.Imports;

/// <summary>
/// The charge-item sheet (收费标准): 项目, 收费项目编码, 收费项目, 计费方式 (按面积 / 固定 / 抄表), 周期 (月 / 季 / 年),
/// 单价, 应缴日, 空置折扣 (0.7 or 70%), 生效日期 (the first day of the first month billed).
/// </summary>
internal static class ChargeItemSheet
{
    private static readonly (string, string[], bool)[] Columns =
    [
        ("project", ["项目", "project"], true),
        ("code", ["收费项目编码", "itemCode"], true),
        ("name", ["收费项目", "itemName"], true),
        ("basis", ["计费方式", "basis"], true),
        ("cycle", ["周期", "cycle"], false),
        ("price", ["单价", "unitPrice"], true),
        ("due", ["应缴日", "dueDay"], true),
        ("vacant", ["空置折扣", "vacantRate"], false),
        ("from", ["生效日期", "effectiveFrom"], true),
    ];

    private static readonly Dictionary<string, ChargeBasis> Bases = new()
    {
        ["按面积"] = ChargeBasis.PerSquareMetre, ["面积"] = ChargeBasis.PerSquareMetre, ["按建筑面积"] = ChargeBasis.PerSquareMetre,
        ["固定"] = ChargeBasis.Fixed, ["定额"] = ChargeBasis.Fixed, ["按户"] = ChargeBasis.Fixed,
        ["抄表"] = ChargeBasis.Metered, ["按用量"] = ChargeBasis.Metered,
    };

    private static readonly Dictionary<string, BillingCycle> Cycles = new()
    {
        [""] = BillingCycle.Monthly, ["月"] = BillingCycle.Monthly, ["按月"] = BillingCycle.Monthly, ["月度"] = BillingCycle.Monthly,
        ["季"] = BillingCycle.Quarterly, ["按季"] = BillingCycle.Quarterly, ["季度"] = BillingCycle.Quarterly,
        ["年"] = BillingCycle.Yearly, ["按年"] = BillingCycle.Yearly, ["年度"] = BillingCycle.Yearly,
    };

    public static IReadOnlyCollection<string> ColumnNames => [.. Columns.SelectMany(c => c.Item2)];

    /// <summary>The items by project id and effective date; projects are named as in the building paths (项目 names of the group).</summary>
    public static (Dictionary<(string ProjectId, DateOnly From), List<(int Row, ChargeItem Item)>> Items, List<ImportError> Errors) Parse(
        Table table, IReadOnlyDictionary<string, string> projectsByName)
    {
        var errors = new List<ImportError>();
        var columns = new SheetColumns(table, Columns, errors);
        var items = new Dictionary<(string, DateOnly), List<(int, ChargeItem)>>();
        if (errors.Count > 0)
        {
            return (items, errors);
        }
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.RowNumber(i);
            var before = errors.Count;
            var project = columns.Text(i, "project");
            if (!projectsByName.TryGetValue(project, out var projectId))
            {
                errors.Add(new ImportError(row, "项目", $"找不到项目“{project}”（或有重名项目）"));
            }
            var (code, name) = (columns.Text(i, "code"), columns.Text(i, "name"));
            var basis = Lookup(Bases, columns.Text(i, "basis"), row, "计费方式", errors);
            var cycle = Lookup(Cycles, columns.Text(i, "cycle"), row, "周期", errors);
            var price = SheetValues.Decimal(StripUnit(columns.Text(i, "price")), row, "单价", errors);
            var due = DueDay(columns.Text(i, "due"), row, errors);
            var vacant = VacantRate(columns.Text(i, "vacant"), row, errors);
            var from = SheetValues.Date(columns.Text(i, "from"), row, "生效日期", errors);
            if (errors.Count > before)
            {
                continue;
            }
            var item = new ChargeItem(code, name, basis!.Value, cycle!.Value, due!.Value, vacant, [new PriceVersion(from!.Value, price!.Value)]);
            foreach (var problem in Charges.BillingInputRules.Problems(item))
            {
                errors.Add(new ImportError(row, "收费项目编码", $"{code}：{problem}"));
            }
            var key = (projectId!, from.Value);
            var group = items.TryGetValue(key, out var list) ? list : items[key] = [];
            if (group.Any(g => g.Item2.Code == code))
            {
                errors.Add(new ImportError(row, "收费项目编码", $"{project} 的 {code} 在同一生效日期重复"));
            }
            group.Add((row, item));
        }
        return (items, errors);
    }

    private static T? Lookup<T>(Dictionary<string, T> names, string text, int row, string column, List<ImportError> errors) where T : struct
    {
        if (names.TryGetValue(text, out var value) || Enum.TryParse(text, true, out value))
        {
            return value;
        }
        errors.Add(new ImportError(row, column, $"“{text}”不是{column}（可用：{string.Join("、", names.Keys.Where(k => k.Length > 0))}）"));
        return null;
    }

    /// <summary>"2.50元/㎡·月" as offices write unit prices: the number before the unit.</summary>
    private static string StripUnit(string text) => text.Split('/')[0];

    private static int? DueDay(string text, int row, List<ImportError> errors)
    {
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
        {
            return day;
        }
        errors.Add(new ImportError(row, "应缴日", $"“{text}”不是每月的应缴日（1 到 31，如 15 或 每月15日）"));
        return null;
    }

    private static decimal? VacantRate(string text, int row, List<ImportError> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var percent = text.EndsWith('%');
        return SheetValues.Decimal(text.TrimEnd('%'), row, "空置折扣", errors) is { } value ? (percent ? value / 100m : value) : null;
    }
}
