using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.Outreach;
using GraphQL;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>
/// A script's wording for one household of a plan: the owner's name, what is owed, for how many months, the project,
/// the collector (the caller when the household has none), and the household's signed pay link.
/// </summary>
internal static class ScriptWording
{
    public static async Task<string?> RenderAsync(IGrainFactory grains, IResolveFieldContext context, PlanItem item, string scriptId)
    {
        var caller = AccessChecks.UserContextOf(context).Caller!;
        if (await caller.GroupIdAsync() is not { } groupId
            || await grains.GetGrain<Billing.IHouseholdGrain>(item.HouseholdId).GetProfileAsync() is null)
        {
            return null;
        }
        return await grains.GetGrain<IHouseholdOutreachGrain>(item.HouseholdId).RenderScriptAsync(item, groupId, scriptId, caller.Account.DisplayName);
    }
}
