namespace CollectionGrains.Organisation;

/// <summary>
/// What lies at or below a node, as the tables name it: the projects (of a project or any node above one), or the
/// buildings (of a zone or a building). Nothing for a node that does not exist. Lists over the module tables filter by it.
/// </summary>
public sealed record NodeReach(IReadOnlyList<string> Projects, IReadOnlyList<string> Buildings)
{
    public static async Task<NodeReach> OfAsync(IGrainFactory grains, string nodeId)
    {
        var node = await grains.GetGrain<IOrgNodeGrain>(nodeId).GetAsync();
        switch (node?.Info.Level)
        {
            case null:
                return new([], []);
            case OrgLevel.Building:
                return new([], [nodeId]);
            case OrgLevel.Zone:
                return new([], [.. (await grains.GetGrain<IOrgNodeGrain>(nodeId).GetChildrenAsync()).Select(c => c.Info.Id)]);
            case OrgLevel.Project:
                return new([nodeId], []);
        }
        var projects = new List<string>();
        var level = new List<string> { nodeId };
        while (level.Count > 0)
        {
            var children = (await Task.WhenAll(level.Select(id => grains.GetGrain<IOrgNodeGrain>(id).GetChildrenAsync()))).SelectMany(c => c).ToList();
            projects.AddRange(children.Where(c => c.Info.Level == OrgLevel.Project).Select(c => c.Info.Id));
            level = [.. children.Where(c => c.Info.Level < OrgLevel.Project).Select(c => c.Info.Id)];
        }
        return new(projects, []);
    }

    /// <summary>The SQL condition on a table with project_id and building_id columns, given the parameters for both lists.</summary>
    public static string Condition(string projects, string buildings) => $"(project_id = ANY({projects}) OR building_id = ANY({buildings}))";
}
