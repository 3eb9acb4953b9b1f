using System.Collections.Concurrent;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Schema;
using CollectionGrains.Organisation;

namespace CollectionGrains.GraphQL.Access;

/// <summary>
/// The signed-in caller of one request and the answers to "is this inside their subtree?", found by walking up the
/// tree from the object (at most six levels) and remembered for the rest of the request. The walk reads the tree as it
/// is now, so a moved building is judged by where it stands.
/// </summary>
internal sealed class CallerScope(UserAccount account, IGrainFactory grains)
{
    private const int MaxIdLength = 200;

    /// <summary>Groups never move: the group above each scope node, for the audit log.</summary>
    private static readonly ConcurrentDictionary<string, string> GroupOfScope = new();

    private readonly ConcurrentDictionary<string, Task<bool>> _nodes = new();

    public UserAccount Account => account;

    public Task<bool> ContainsNodeAsync(string nodeId) =>
        nodeId == account.ScopeNodeId ? Task.FromResult(true)
        : !IsPlausibleId(nodeId) ? Task.FromResult(false)
        : _nodes.GetOrAdd(nodeId, WalkUpAsync);

    public async Task<bool> ContainsHouseholdAsync(string householdId) =>
        IsPlausibleId(householdId)
        && await grains.GetGrain<IHouseholdGrain>(householdId).GetProfileAsync() is { } profile
        && await ContainsNodeAsync(profile.BuildingId);

    public Task<bool> ContainsAsync(HouseholdNode household) =>
        (household.Listed?.BuildingId ?? household.Profile?.BuildingId) is { } buildingId
            ? ContainsNodeAsync(buildingId)
            : ContainsHouseholdAsync(household.Id);

    /// <summary>The group at the top of the caller's scope.</summary>
    public Task<string?> GroupIdAsync() => GroupOfAsync(grains, account.ScopeNodeId);

    public static async Task<string?> GroupOfAsync(IGrainFactory grains, string nodeId)
    {
        if (GroupOfScope.TryGetValue(nodeId, out var known))
        {
            return known;
        }
        for (var id = nodeId; IsPlausibleId(id);)
        {
            var view = await grains.GetGrain<IOrgNodeGrain>(id).GetAsync();
            if (view is null)
            {
                return null;
            }
            if (view.Info.ParentId is not { } parent)
            {
                return GroupOfScope[nodeId] = id;
            }
            id = parent;
        }
        return null;
    }

    private async Task<bool> WalkUpAsync(string nodeId) =>
        await grains.GetGrain<IOrgNodeGrain>(nodeId).GetAsync() is { Info.ParentId: { } parent } && await ContainsNodeAsync(parent);

    private static bool IsPlausibleId(string id) => id.Length is > 0 and <= MaxIdLength && !string.IsNullOrWhiteSpace(id);
}
