using System.Security.Cryptography;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Organisation.Imports;

/// <summary>
/// What a tree sheet would create below a group, given the tree as it stands: each row's levels are found among the
/// children of the level above by code (the node <c>{parent}-{code}</c>) or, without a code, by name; what is not found
/// is planned, parents before children. A code whose node has another name, a new code for a name that exists, a name
/// two children share, or an id too long for the household tables is an error of its row and column.
/// </summary>
internal sealed class TreePlan
{
    /// <summary>Households are named {building}/{room} in tables of 100-character ids: a building keeps room for the room.</summary>
    public const int MaxBuildingIdLength = 80;

    private readonly Dictionary<string, List<OrgNodeInfo>> _children;
    private readonly HashSet<string> _allIds;

    public TreePlan(IReadOnlyDictionary<string, IReadOnlyList<OrgNodeInfo>> existingChildren)
    {
        _children = existingChildren.ToDictionary(e => e.Key, e => e.Value.ToList());
        _allIds = [.. existingChildren.Values.SelectMany(c => c).Select(c => c.Id)];
    }

    public List<OrgNodeInfo> Created { get; } = [];

    public int RowsCreating { get; private set; }

    public List<ImportError> Errors { get; } = [];

    public void Add(string groupId, TreeRow row)
    {
        var parent = groupId;
        var creates = false;
        for (var l = 0; l < row.Levels.Count; l++)
        {
            var (name, code) = row.Levels[l];
            var level = OrgLevel.Region + l;
            var siblings = _children.TryGetValue(parent, out var known) ? known : _children[parent] = [];
            var node = code is not null ? siblings.Find(c => c.Id == $"{parent}-{code}") : FindByName(siblings, name, row.Row, l);
            if (node is not null && code is not null && node.Name != name)
            {
                Errors.Add(new ImportError(row.Row, TreeSheet.LevelColumns[l] + "编码", $"编码“{code}”已是“{node.Name}”，与表中名称“{name}”不同"));
                return;
            }
            if (node is null)
            {
                if (code is null && siblings.Count(c => c.Name == name) > 1)
                {
                    return;   // FindByName reported the ambiguity
                }
                if (code is not null && siblings.Find(c => c.Name == name) is { } namesake)
                {
                    Errors.Add(new ImportError(row.Row, TreeSheet.LevelColumns[l] + "编码",
                        $"“{name}”已存在（标识 {namesake.Id}），编码不是“{code}”：请写它的编码，或不写编码按名称匹配"));
                    return;
                }
                var id = $"{parent}-{code ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
                if (!_allIds.Add(id))
                {
                    Errors.Add(new ImportError(row.Row, TreeSheet.LevelColumns[l] + "编码", $"编码“{code}”的节点 {id} 已在组织树的别处（被移动过）"));
                    return;
                }
                if (level == OrgLevel.Building && id.Length > MaxBuildingIdLength)
                {
                    Errors.Add(new ImportError(row.Row, "楼栋编码", $"楼栋标识 {id} 超过 {MaxBuildingIdLength} 个字符：请用更短的编码"));
                    return;
                }
                node = new OrgNodeInfo(id, name, level, parent, level == OrgLevel.Building ? row.Location : null);
                siblings.Add(node);
                Created.Add(node);
                creates = true;
            }
            parent = node.Id;
        }
        RowsCreating += creates ? 1 : 0;
    }

    private OrgNodeInfo? FindByName(List<OrgNodeInfo> siblings, string name, int row, int level)
    {
        var matches = siblings.Where(c => c.Name == name).Take(2).ToList();
        if (matches.Count > 1)
        {
            Errors.Add(new ImportError(row, TreeSheet.LevelColumns[level], $"“{name}”有两个同名节点：请在“{TreeSheet.LevelColumns[level]}编码”列写明是哪一个"));
        }
        return matches.Count == 1 ? matches[0] : null;
    }
}
