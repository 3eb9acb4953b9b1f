using CollectionGrains.Organisation;

namespace CollectionGrains.Outreach.Messages;

/// <summary>
/// Which messages a node's outbox view holds: those of the projects at or below it (<see cref="NodeReach"/>); for a zone
/// or a building, those of its project's households in the buildings below it (read from Billing's household table).
/// </summary>
internal sealed record OutboxScope(IReadOnlyList<string> ProjectIds, IReadOnlyList<string>? BuildingIds)
{
    public static async Task<OutboxScope> OfAsync(IGrainFactory grains, string nodeId)
    {
        var node = await grains.GetGrain<IOrgNodeGrain>(nodeId).GetAsync()
            ?? throw Collection.CollectionRejectedException.NotFound($"no organisation node {nodeId}");
        var reach = await NodeReach.OfAsync(grains, nodeId);
        if (node.Info.Level <= OrgLevel.Project)
        {
            return new OutboxScope(reach.Projects, null);
        }
        var project = (await NodeAncestry.ProjectOfAsync(grains, node.Info))!;
        return new OutboxScope([project.Id], reach.Buildings);
    }
}
