using System.Collections.Concurrent;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
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
    private HashSet<string>? _hidden;

    public UserAccount Account => account;

    public Task<bool> ContainsNodeAsync(string nodeId) =>
        nodeId == account.ScopeNodeId ? Task.FromResult(true)
        : !IsPlausibleId(nodeId) ? Task.FromResult(false)
        : RememberedWalkUp(nodeId);

    /// <summary>
    /// The walk for this node, made once per request; one that failed (a silo leaving, say) is forgotten, so the
    /// field's next attempt (<see cref="Errors.ClusterRetry"/>) walks again instead of getting the same failure.
    /// </summary>
    private Task<bool> RememberedWalkUp(string nodeId)
    {
        var walk = _nodes.GetOrAdd(nodeId, WalkUpAsync);
        if (walk.IsFaulted || walk.IsCanceled)
        {
            _nodes.TryRemove(KeyValuePair.Create(nodeId, walk));
            walk = _nodes.GetOrAdd(nodeId, WalkUpAsync);
        }
        return walk;
    }

    /// <summary>A household below the scope node; for a collector, also one of their own or the project's pool.</summary>
    public async Task<bool> ContainsHouseholdAsync(string householdId) =>
        await ContainsHouseholdBelowScopeAsync(householdId) && await HeldByCallerOrPoolAsync(householdId);

    /// <summary>A household below the scope node, whoever holds it.</summary>
    public async Task<bool> ContainsHouseholdBelowScopeAsync(string householdId) =>
        IsPlausibleId(householdId)
        && await grains.GetGrain<IHouseholdGrain>(householdId).GetProfileAsync() is { } profile
        && await ContainsNodeAsync(profile.BuildingId);

    public async Task<bool> ContainsAsync(HouseholdNode household) =>
        (household.Listed?.BuildingId ?? household.Profile?.BuildingId) is { } buildingId
            ? await ContainsNodeAsync(buildingId) && await HeldByCallerOrPoolAsync(household.Id)
            : await ContainsHouseholdAsync(household.Id);

    /// <summary>A collector in scope: a collector may see only themselves; others, collectors of projects in their scope.</summary>
    public async Task<bool> ContainsCollectorAsync(string username) =>
        IsPlausibleId(username)
        && (account.Role != Role.Collector || username == account.Username)
        && await grains.GetGrain<ICollectorGrain>(username).GetProfileAsync() is { } profile
        && await ContainsNodeAsync(profile.ProjectId);

    /// <summary>A stored user whose scope lies inside the caller's.</summary>
    public async Task<bool> ContainsUserAsync(string username) =>
        IsPlausibleId(username)
        && await grains.GetGrain<IUserGrain>(username).GetSessionAsync() is { } user
        && await ContainsNodeAsync(user.Account.ScopeNodeId);

    /// <summary>What the caller may not see of their project's households: for a collector, those other collectors hold.</summary>
    public async Task<IReadOnlySet<string>?> HiddenHouseholdsAsync()
    {
        if (account.Role != Role.Collector)
        {
            return null;
        }
        var project = (await grains.GetGrain<ICollectorGrain>(account.Username).GetProfileAsync())?.ProjectId ?? account.ScopeNodeId;
        return _hidden ??= new HashSet<string>(await grains.GetGrain<ICollectionProjectGrain>(project).GetHeldByOthersAsync(account.Username), StringComparer.Ordinal);
    }

    private async Task<bool> HeldByCallerOrPoolAsync(string householdId) =>
        account.Role != Role.Collector
        || await grains.GetGrain<IHouseholdCaseGrain>(householdId).GetCollectorAsync() is not { } holder
        || holder == account.Username;


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
