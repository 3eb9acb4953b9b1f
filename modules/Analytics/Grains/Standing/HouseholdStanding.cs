using CollectionGrains.Organisation;

namespace CollectionGrains.Analytics.Standing;

/// <summary>When an analysis reads the households' standing instead of the history.</summary>
internal static class HouseholdStanding
{
    /// <summary>
    /// Whether the standing answers for this node: a node above a project, asked for today. If it does, the standing is
    /// brought up to every fact committed so far before this returns.
    /// </summary>
    public static async Task<bool> ServesAsync(IGrainFactory grains, string nodeId, NodeReach reach, bool asOfToday)
    {
        if (!asOfToday || !ScopeSql.AboveProjects(nodeId, reach))
        {
            return false;
        }
        await grains.GetGrain<IHouseholdStandingGrain>(0).RefreshAsync();
        return true;
    }
}
