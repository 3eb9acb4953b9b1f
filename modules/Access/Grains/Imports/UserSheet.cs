using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Access.Imports;

/// <summary>
/// Reads a user sheet: 用户名, 姓名, 电话, 角色 (in Chinese: 集团管理员, 区域经理, 分公司经理, 项目经理, 客服主管,
/// 收费员 / 楼管, 财务, 审计), 所属组织 (区域/分公司/项目 …, empty for the group), 初始密码, 负责楼栋 (e.g.
/// <c>一区/1栋、一区/2栋</c> or <c>一区</c>). Every problem is reported with its row and column.
/// </summary>
internal static class UserSheet
{
    private static readonly Dictionary<string, Role> RoleNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["集团管理员"] = Role.GroupAdmin, ["区域经理"] = Role.RegionManager, ["分公司经理"] = Role.BranchManager,
        ["项目经理"] = Role.ProjectManager, ["客服主管"] = Role.Supervisor, ["收费员"] = Role.Collector, ["楼管"] = Role.Collector,
        ["财务"] = Role.Finance, ["审计"] = Role.Auditor,
    };

    private static readonly string[] Required = ["用户名", "姓名", "角色", "所属组织", "初始密码"];

    public static IReadOnlyCollection<string> ColumnNames => [.. Required, "电话", "负责楼栋"];

    public static (List<UserRow> Rows, List<ImportError> Errors) Parse(Table table)
    {
        var errors = new List<ImportError>();
        foreach (var missing in Required.Where(c => !table.HasColumn(c)))
        {
            errors.Add(new ImportError(table.HeaderRowNumber, missing, $"缺少列“{missing}”"));
        }
        if (errors.Count > 0)
        {
            return ([], errors);
        }
        var rows = new List<UserRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var number = table.RowNumber(r);
            string Cell(string name) => table.Cell(r, name);
            var username = Cell("用户名");
            if (seen.TryGetValue(username, out var first))
            {
                errors.Add(new ImportError(number, "用户名", $"用户名“{username}”在第 {first} 行已出现"));
                continue;
            }
            seen[username] = number;
            if (!RoleNames.TryGetValue(Cell("角色"), out var role) && !(Enum.TryParse(Cell("角色"), true, out role) && Enum.IsDefined(role)))
            {
                errors.Add(new ImportError(number, "角色", $"未知角色“{Cell("角色")}”（可用：{string.Join("、", RoleNames.Keys)}）"));
                continue;
            }
            var scope = Cell("所属组织").Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var buildings = Cell("负责楼栋").Split(['、', ';', '；', ',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (buildings.Length > 0 && role != Role.Collector)
            {
                errors.Add(new ImportError(number, "负责楼栋", "只有收费员有负责楼栋"));
                continue;
            }
            var phone = Cell("电话");
            rows.Add(new UserRow(number, username, Cell("姓名"), phone.Length > 0 ? phone : null, role, scope, Cell("初始密码"), buildings));
        }
        return (rows, errors);
    }
}
