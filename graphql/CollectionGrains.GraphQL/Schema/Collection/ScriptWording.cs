using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.Organisation;
using GraphQL;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>
/// A script's wording for one household of a plan: the owner's name, what is owed, for how many months, the project,
/// the collector, and the household's signed pay link.
/// </summary>
internal static class ScriptWording
{
    public static async Task<string?> RenderAsync(IGrainFactory grains, IResolveFieldContext context, PlanItem item, string scriptId)
    {
        var caller = AccessChecks.UserContextOf(context).Caller!;
        if (await caller.GroupIdAsync() is not { } groupId
            || await grains.GetGrain<IHouseholdGrain>(item.HouseholdId).GetProfileAsync() is not { } profile)
        {
            return null;
        }
        var project = await grains.GetGrain<IOrgNodeGrain>(profile.ProjectId).GetAsync();
        var collector = item.Collector is { } username ? await grains.GetGrain<ICollectorGrain>(username).GetProfileAsync() : null;
        var values = new ScriptValues(profile.OwnerName, item.Owed, Math.Max(1, (item.AgeDays + 29) / 30),
            (await grains.GetGrain<CollectionGrains.Outreach.IHouseholdOutreachGrain>(item.HouseholdId).GetPayLinkAsync()).Url,
            project?.Info.Name ?? string.Empty, collector?.DisplayName ?? caller.Account.DisplayName);
        return await grains.GetGrain<IScriptLibraryGrain>(groupId).RenderAsync(scriptId, null, values);
    }
}
