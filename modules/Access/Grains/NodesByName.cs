using CollectionGrains.Organisation;

namespace CollectionGrains.Access;

/// <summary>Finds organisation nodes by a path of names below a node, reading each node's children once.</summary>
internal sealed class NodesByName(IGrainFactory grains)
{
    private readonly Dictionary<string, IReadOnlyList<OrgNodeView>> _children = [];

    /// <summary>The node the path names below <paramref name="rootId"/> (the root itself for an empty path), or why there is none.</summary>
    public async Task<(OrgNodeView? Node, string? Problem)> FindAsync(string rootId, IReadOnlyList<string> path)
    {
        var node = await grains.GetGrain<IOrgNodeGrain>(rootId).GetAsync();
        foreach (var name in path)
        {
            if (node is null)
            {
                break;
            }
            var matches = (await ChildrenAsync(node.Info.Id)).Where(c => c.Info.Name == name).ToList();
            if (matches.Count != 1)
            {
                return (null, matches.Count == 0 ? $"“{node.Info.Name}”下没有“{name}”" : $"“{node.Info.Name}”下有多个“{name}”");
            }
            node = matches[0];
        }
        return node is null ? (null, $"组织 {rootId} 不存在") : (node, null);
    }

    public async Task<IReadOnlyList<OrgNodeView>> ChildrenAsync(string nodeId)
    {
        if (!_children.TryGetValue(nodeId, out var children))
        {
            _children[nodeId] = children = await grains.GetGrain<IOrgNodeGrain>(nodeId).GetChildrenAsync();
        }
        return children;
    }
}
