using CollectionGrains.Organisation;

namespace CollectionGrains.Outreach.Notices;

/// <summary>The names a notice is signed and addressed with: the group (the company), the project and its service centre, the building.</summary>
internal static class NoticePlaces
{
    public static async Task<NoticeModel.Place> OfAsync(IGrainFactory grains, string groupId, string projectId, string buildingId) =>
        new(await NameOfAsync(grains, groupId), await NameOfAsync(grains, projectId), await NameOfAsync(grains, buildingId),
            await grains.GetGrain<IOutreachProjectGrain>(projectId).GetServiceCentreAsync());

    public static async Task<string> NameOfAsync(IGrainFactory grains, string nodeId) =>
        (await grains.GetGrain<IOrgNodeGrain>(nodeId).GetAsync())?.Info.Name ?? nodeId;
}
