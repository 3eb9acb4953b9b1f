namespace CollectionGrains.Organisation;

/// <summary>The nodes above a node that other modules key their settings by: its project, and its group (the root).</summary>
public static class NodeAncestry
{
    /// <summary>The project a zone or building lies in (the node itself for a project); null above a project or when the chain breaks.</summary>
    public static async Task<OrgNodeInfo?> ProjectOfAsync(IGrainFactory grains, OrgNodeInfo node)
    {
        var current = node;
        while (current.Level > OrgLevel.Project && current.ParentId is { } parent && await grains.GetGrain<IOrgNodeGrain>(parent).GetAsync() is { } above)
        {
            current = above.Info;
        }
        return current.Level == OrgLevel.Project ? current : null;
    }

    /// <summary>The id of the root above a node (its group); the id itself for a root or a node that does not exist.</summary>
    public static async Task<string> RootOfAsync(IGrainFactory grains, string nodeId)
    {
        var id = nodeId;
        while (await grains.GetGrain<IOrgNodeGrain>(id).GetAsync() is { } node && node.Info.ParentId is { } parent)
        {
            id = parent;
        }
        return id;
    }
}
