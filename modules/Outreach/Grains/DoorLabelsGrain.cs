using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Organisation;
using CollectionGrains.Outreach.Notices;
using Orleans.Concurrency;

namespace CollectionGrains.Outreach;

/// <summary>Renders a building's door labels from its households' rooms and their current door codes.</summary>
[StatelessWorker]
internal sealed class DoorLabelsGrain : Grain, IDoorLabelsGrain
{
    private const int CallsAtOnce = 16;

    public async Task<byte[]?> RenderAsync()
    {
        var building = GrainFactory.GetGrain<IOrgNodeGrain>(this.GetPrimaryKeyString());
        if (await building.GetAsync() is not { Info.Level: OrgLevel.Building } node)
        {
            return null;
        }
        var households = (await building.GetChildTotalsAsync()).Keys.Where(key => !ChildKey.IsFacet(key)).ToList();
        var labels = new List<(string Room, string Code)>();
        foreach (var chunk in households.Chunk(CallsAtOnce))
        {
            labels.AddRange(await Task.WhenAll(chunk.Select(async id => (
                (await GrainFactory.GetGrain<IHouseholdGrain>(id).GetProfileAsync())?.Room ?? id,
                await GrainFactory.GetGrain<IHouseholdCaseGrain>(id).GetDoorCodeAsync()))));
        }
        return DoorLabelSheet.Write(await PlaceAsync(node.Info), [.. labels.OrderBy(l => l.Room, StringComparer.Ordinal)]);
    }

    /// <summary>The building as a label names it: its project's name and its own (幸福里 2栋).</summary>
    private async Task<string> PlaceAsync(OrgNodeInfo building)
    {
        return await NodeAncestry.ProjectOfAsync(GrainFactory, building) is { } project ? $"{project.Name} {building.Name}" : building.Name;
    }
}
