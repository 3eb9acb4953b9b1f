using System.Globalization;
using System.Text.RegularExpressions;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Organisation.Imports;

/// <summary>
/// Reads a tree sheet: a column per level (区域, 分公司, 项目, 管理区, 楼栋) or one path column (楼栋路径:
/// 区域/分公司/项目/管理区/楼栋); optional code columns (区域编码 … 楼栋编码) and 地址, 纬度, 经度. Every problem is
/// reported with its row and column.
/// </summary>
internal static partial class TreeSheet
{
    public static readonly string[] LevelColumns = ["区域", "分公司", "项目", "管理区", "楼栋"];
    private static readonly string[] PathColumns = ["楼栋路径", "路径", "path"];

    public static IReadOnlyCollection<string> ColumnNames =>
        [.. LevelColumns, .. LevelColumns.Select(l => l + "编码"), .. PathColumns, "地址", "纬度", "经度"];

    public static (List<TreeRow> Rows, List<ImportError> Errors) Parse(Table table)
    {
        var errors = new List<ImportError>();
        var pathColumn = PathColumns.FirstOrDefault(table.HasColumn);
        var missing = LevelColumns.Where(l => !table.HasColumn(l)).ToList();
        if (pathColumn is null && missing.Count > 0)
        {
            errors.Add(new ImportError(table.HeaderRowNumber, missing[0], $"缺少列“{string.Join("”“", missing)}”（或一列“楼栋路径”：区域/分公司/项目/管理区/楼栋）"));
            return ([], errors);
        }
        var rows = new List<TreeRow>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var number = table.RowNumber(r);
            string Cell(string name) => table.Cell(r, name);
            var names = pathColumn is not null && missing.Count > 0 ? Cell(pathColumn).Split('/', StringSplitOptions.TrimEntries) : [.. LevelColumns.Select(Cell)];
            if (names.Length != LevelColumns.Length)
            {
                errors.Add(new ImportError(number, pathColumn!, $"路径“{Cell(pathColumn!)}”应为 区域/分公司/项目/管理区/楼栋 五级"));
                continue;
            }
            var levels = new List<(string, string?)>();
            for (var l = 0; l < names.Length; l++)
            {
                var code = Cell(LevelColumns[l] + "编码");
                if (names[l].Length is 0 or > 100)
                {
                    errors.Add(new ImportError(number, pathColumn is not null && missing.Count > 0 ? pathColumn : LevelColumns[l], $"{LevelColumns[l]}名称应为 1 到 100 个字符"));
                }
                if (code.Length > 0 && !CodePattern().IsMatch(code))
                {
                    errors.Add(new ImportError(number, LevelColumns[l] + "编码", $"编码“{code}”只能由字母、数字、'_'、'.'、'-' 组成，最多 20 个字符"));
                }
                levels.Add((names[l], code.Length > 0 ? code : null));
            }
            var location = Location(number, Cell("地址"), Cell("纬度"), Cell("经度"), errors);
            rows.Add(new TreeRow(number, levels, location));
        }
        return (rows, errors);
    }

    private static BuildingLocation? Location(int row, string address, string latitude, string longitude, List<ImportError> errors)
    {
        decimal? Degrees(string text, string column)
        {
            if (text.Length == 0)
            {
                return null;
            }
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            errors.Add(new ImportError(row, column, $"“{text}”不是度数（如 31.2304）"));
            return null;
        }
        var location = new BuildingLocation(address.Length > 0 ? address : null, Degrees(latitude, "纬度"), Degrees(longitude, "经度"));
        if (location is { Address: null, Latitude: null, Longitude: null })
        {
            return null;
        }
        if (location.Problem() is { } problem)
        {
            errors.Add(new ImportError(row, location.Address?.Length > BuildingLocation.MaxAddressLength ? "地址" : "纬度", problem));
        }
        return location;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,20}$")]
    private static partial Regex CodePattern();
}
