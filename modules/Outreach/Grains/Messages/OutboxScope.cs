using CollectionGrains.Organisation;

namespace CollectionGrains.Outreach.Messages;

/// <summary>
/// Which messages a node's outbox view holds: those of the projects at or below it; for a zone or a building, those of
/// its project's households in the buildings below it (read from Billing's household table).
/// </summary>
internal sealed record OutboxScope(IReadOnlyList<string> ProjectIds, IReadOnlyList<string>? BuildingIds)
{
    public static async Task<OutboxScope> OfAsync(IGrainFactory grains, string nodeId)
    {
        var node = await grains.GetGrain<IOrgNodeGrain>(nodeId).GetAsync()
            ?? throw Collection.CollectionRejectedException.NotFound($"no organisation node {nodeId}");
        if (node.Info.Level <= OrgLevel.Project)
        {
            return new OutboxScope(await BelowAsync(grains, [node], OrgLevel.Project), null);
        }
        var project = node.Info;
        while (project.Level > OrgLevel.Project && project.ParentId is { } parent)
        {
            project = (await grains.GetGrain<IOrgNodeGrain>(parent).GetAsync())!.Info;
        }
        return new OutboxScope([project.Id], await BelowAsync(grains, [node], OrgLevel.Building));
    }

    /// <summary>The nodes of <paramref name="level"/> at or below the given ones, walked level by level.</summary>
    private static async Task<IReadOnlyList<string>> BelowAsync(IGrainFactory grains, IReadOnlyList<OrgNodeView> from, OrgLevel level)
    {
        var found = new List<string>();
        var current = from;
        while (current.Count > 0)
        {
            found.AddRange(current.Where(n => n.Info.Level == level).Select(n => n.Info.Id));
            var parents = current.Where(n => n.Info.Level < level).ToList();
            current = [.. (await Task.WhenAll(parents.Select(p => grains.GetGrain<IOrgNodeGrain>(p.Info.Id).GetChildrenAsync()))).SelectMany(c => c)];
        }
        return found;
    }
}
