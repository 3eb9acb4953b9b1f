using CollectionGrains.Organisation;

namespace CollectionGrains.Billing;

/// <summary>A building below an organisation node, named by its path 项目/管理区/楼栋 (the levels that exist).</summary>
internal sealed record BuildingBelow(string BuildingId, string Path, string? ProjectId)
{
    /// <summary>
    /// Walks the tree from a node (level by level, children fetched in parallel) down to its buildings; below a project
    /// only if <paramref name="walkProject"/> (when given) says so.
    /// </summary>
    public static async Task<List<BuildingBelow>> FindAsync(IGrainFactory grains, string nodeId, Func<OrgNodeInfo, bool>? walkProject = null)
    {
        var node = await grains.GetGrain<IOrgNodeGrain>(nodeId).GetAsync()
            ?? throw LedgerRejectedException.NotFound($"no organisation node {nodeId}");
        var buildings = new List<BuildingBelow>();
        var level = new List<(OrgNodeView Node, string Path, string? ProjectId)>
        {
            (node, RootPath(node.Info), node.Info.Level == OrgLevel.Project ? node.Info.Id : null),
        };
        while (level.Count > 0)
        {
            var next = new List<(OrgNodeView, string, string?)>();
            foreach (var (current, path, projectId) in level.Where(l => l.Node.Info.Level == OrgLevel.Building))
            {
                buildings.Add(new BuildingBelow(current.Info.Id, path, projectId));
            }
            var parents = level.Where(l => l.Node.Info.Level != OrgLevel.Building).ToList();
            var children = await Task.WhenAll(parents.Select(p => grains.GetGrain<IOrgNodeGrain>(p.Node.Info.Id).GetChildrenAsync()));
            for (var i = 0; i < parents.Count; i++)
            {
                var (_, path, projectId) = parents[i];
                foreach (var child in children[i].Where(c => c.Info.Level != OrgLevel.Project || walkProject?.Invoke(c.Info) != false))
                {
                    next.Add((child, ChildPath(path, child.Info), child.Info.Level == OrgLevel.Project ? child.Info.Id : projectId));
                }
            }
            level = next;
        }
        return buildings;
    }

    /// <summary>The path of a node that a walk starts from: its name from the project level down, else empty.</summary>
    public static string RootPath(OrgNodeInfo node) => node.Level >= OrgLevel.Project ? node.Name : "";

    /// <summary>The path of a child: project names start it, zones and buildings extend it, levels above have none.</summary>
    public static string ChildPath(string parentPath, OrgNodeInfo child) => child.Level switch
    {
        OrgLevel.Project => child.Name,
        > OrgLevel.Project => $"{parentPath}/{child.Name}".TrimStart('/'),
        _ => "",
    };
}
