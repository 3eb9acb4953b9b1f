using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Collection.Cases;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Collection;

/// <summary>
/// A project's collection desk. Its cases' summaries are loaded from collection.household_case when it activates and
/// kept live by the cases themselves; its policy, roster and building holders are its stored state. A durable reminder
/// (00:20 China time) moves every case with anything of the day to follow on to the new day.
/// </summary>
internal sealed partial class CollectionProjectGrain(
    [PersistentState("collectionProject")] IPersistentState<CollectionProjectState> state,
    StoredCases stored,
    RecordSheetSource sheets,
    BusinessClock clock) : Grain, ICollectionProjectGrain, IRemindable
{
    private const string DailyRefresh = "collection-daily";
    private const int CallsAtOnce = 64;
    private readonly CaseIndex _cases = new(_ => true);
    private string? _groupId;
    private bool _dailyRefreshEnsured;

    private string ProjectId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var summary in await stored.OfProjectAsync(ProjectId))
        {
            _cases.Apply(summary);
        }
    }

    public Task<CollectionPolicy> GetPolicyAsync() => Task.FromResult(CurrentPolicy);

    public async Task<CollectionPolicy> SetPolicyAsync(CollectionPolicy policy, CollectionActor actor)
    {
        await RequireValidAsync(policy, actor);
        PromoteScheduled();
        state.State.Policy = policy;
        await state.WriteStateAsync();
        await TellCollectorsAsync();
        await EnsureDailyRefreshAsync();
        return policy;
    }

    public async Task<ScheduledCollectionPolicy> SchedulePolicyAsync(CollectionPolicy policy, DateOnly effectiveFrom, CollectionActor actor)
    {
        await RequireValidAsync(policy, actor);
        if (effectiveFrom <= clock.Today)
        {
            throw CollectionRejectedException.BadInput($"effectiveFrom {effectiveFrom:yyyy-MM-dd} must be a later day than today; a policy for today is set without a date");
        }
        PromoteScheduled();
        state.State.Scheduled = new ScheduledCollectionPolicy(effectiveFrom, policy);
        await state.WriteStateAsync();
        await EnsureDailyRefreshAsync();
        return state.State.Scheduled;
    }

    public Task<ScheduledCollectionPolicy?> GetScheduledPolicyAsync() =>
        Task.FromResult(state.State.Scheduled is { } scheduled && scheduled.EffectiveFrom > clock.Today ? scheduled : null);

    private CollectionPolicy CurrentPolicy => PolicyOn(clock.Today);

    /// <summary>The policy of a day: a scheduled one counts from its day, before anything has stored it as the policy.</summary>
    private CollectionPolicy PolicyOn(DateOnly day) =>
        state.State.Scheduled is { } scheduled && scheduled.EffectiveFrom <= day ? scheduled.Policy : state.State.Policy;

    /// <summary>A scheduled policy whose day has come becomes the stored policy (before the state changes otherwise).</summary>
    private void PromoteScheduled()
    {
        if (state.State.Scheduled is { } scheduled && scheduled.EffectiveFrom <= clock.Today)
        {
            state.State.Policy = scheduled.Policy;
            state.State.Scheduled = null;
        }
    }

    private async Task RequireValidAsync(CollectionPolicy policy, CollectionActor actor)
    {
        RequireSupervisor(actor);
        if (policy.Validate() is { } problem)
        {
            throw CollectionRejectedException.BadInput($"collection policy: {problem}");
        }
        await RequireProjectAsync();
    }

    public Task<IReadOnlyList<CollectorProfile>> GetCollectorsAsync() =>
        Task.FromResult<IReadOnlyList<CollectorProfile>>([.. state.State.Roster.Values.OrderBy(c => c.Username, StringComparer.Ordinal)]);

    public async Task<int> AssignAsync(string? collector, IReadOnlyList<string> householdIds, IReadOnlyList<string> buildingIds, CollectionActor actor)
    {
        RequireSupervisor(actor);
        await RequireProjectAsync();
        if (householdIds.Count + buildingIds.Count is 0 or > 10_000)
        {
            throw CollectionRejectedException.BadInput("name 1 to 10000 households or buildings");
        }
        if (collector is not null)
        {
            await EnrolAsync(collector);
        }
        var households = new HashSet<string>(StringComparer.Ordinal);
        foreach (var buildingId in buildingIds.Distinct())
        {
            households.UnionWith(await HouseholdsOfBuildingAsync(buildingId));
        }
        foreach (var householdId in householdIds.Distinct())
        {
            households.Add(await RequireHouseholdAsync(householdId));
        }
        foreach (var buildingId in buildingIds.Distinct())
        {
            if (collector is null)
            {
                state.State.BuildingCollectors.Remove(buildingId);
            }
            else
            {
                state.State.BuildingCollectors[buildingId] = collector;
            }
        }
        await state.WriteStateAsync();
        await EnsureDailyRefreshAsync();
        return await AssignEachAsync(households, collector, actor);
    }

    public Task<string?> GetBuildingCollectorAsync(string buildingId) => Task.FromResult(state.State.BuildingCollectors.GetValueOrDefault(buildingId));

    public Task<TaskPage> GetTasksAsync(TaskFilter filter, int first, string? after) =>
        Task.FromResult(TaskListing.Page(_cases.All, filter, first, after));

    public Task<IReadOnlyList<string>> GetHeldByOthersAsync(string collector) =>
        Task.FromResult<IReadOnlyList<string>>([.. _cases.All.Where(c => c.Collector is { } holder && holder != collector).Select(c => c.HouseholdId)]);

    public Task CaseChangedAsync(CaseSummary summary) => CasesChangedAsync([summary]);

    public Task CasesChangedAsync(IReadOnlyList<CaseSummary> summaries)
    {
        foreach (var summary in summaries)
        {
            _cases.Apply(summary);
        }
        return EnsureDailyRefreshAsync();
    }

    public async Task<string> GetGroupIdAsync()
    {
        if (_groupId is { } known)
        {
            return known;
        }
        return _groupId = await NodeAncestry.RootOfAsync(GrainFactory, ProjectId);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == DailyRefresh ? RefreshCasesAsync() : Task.CompletedTask;

    public async Task<int> RefreshCasesAsync()
    {
        var today = clock.Today;
        var following = _cases.All.Where(c => c.HasOpenTask || c.Paused || c.Promise is { State: PromiseState.Open }
            || c.RecentContacts.Any(m => BusinessCalendar.DateOf(m.At) > today.AddDays(-8))
            || c.Promise?.DecidedOn is { } decided && decided > today.AddMonths(-1)).Select(c => c.HouseholdId).ToList();
        foreach (var chunk in following.Chunk(CallsAtOnce))
        {
            await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<IHouseholdCaseGrain>(id).RefreshAsync()));
        }
        return following.Count;
    }

    private async Task<int> AssignEachAsync(IEnumerable<string> households, string? collector, CollectionActor actor)
    {
        var moved = 0;
        foreach (var chunk in households.Order(StringComparer.Ordinal).Chunk(CallsAtOnce))
        {
            moved += (await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<IHouseholdCaseGrain>(id).AssignAsync(collector, actor)))).Count(changed => changed);
        }
        return moved;
    }

    public async Task<CollectorProfile> EnrolAsync(string username)
    {
        Cases.CaseInput.RequireId(username, "collector");
        if (state.State.Roster.TryGetValue(username, out var known))
        {
            return known;
        }
        var account = await GrainFactory.GetGrain<IUserGrain>(username).GetAsync();
        if (account is not { Role: Role.Collector } || !await WithinProjectAsync(account.ScopeNodeId))
        {
            throw CollectionRejectedException.BadInput($"{username} is not a collector of project {ProjectId}");
        }
        var profile = new CollectorProfile(username, account.DisplayName, ProjectId);
        state.State.Roster[username] = profile;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ICollectorGrain>(username).JoinAsync(profile);
        return profile;
    }

    private async Task<bool> WithinProjectAsync(string nodeId)
    {
        for (var id = nodeId; ;)
        {
            if (id == ProjectId)
            {
                return true;
            }
            if (await GrainFactory.GetGrain<IOrgNodeGrain>(id).GetAsync() is not { Info.ParentId: { } parent } node || node.Info.Level <= OrgLevel.Project)
            {
                return false;
            }
            id = parent;
        }
    }

    private async Task<IEnumerable<string>> HouseholdsOfBuildingAsync(string buildingId)
    {
        var node = GrainFactory.GetGrain<IOrgNodeGrain>(buildingId);
        if (await node.GetAsync() is not { Info.Level: OrgLevel.Building } || !await WithinProjectAsync(buildingId))
        {
            throw CollectionRejectedException.BadInput($"{buildingId} is not a building of project {ProjectId}");
        }
        return (await node.GetChildTotalsAsync()).Keys.Where(key => !ChildKey.IsFacet(key));
    }

    private async Task<string> RequireHouseholdAsync(string householdId)
    {
        var profile = await GrainFactory.GetGrain<IHouseholdGrain>(householdId).GetProfileAsync();
        return profile?.ProjectId == ProjectId ? householdId : throw CollectionRejectedException.BadInput($"{householdId} is not a household of project {ProjectId}");
    }

    private async Task RequireProjectAsync()
    {
        if (await GrainFactory.GetGrain<IOrgNodeGrain>(ProjectId).GetAsync() is not { Info.Level: OrgLevel.Project })
        {
            throw CollectionRejectedException.NotFound($"project {ProjectId} does not exist");
        }
    }

    private static void RequireSupervisor(CollectionActor actor)
    {
        if (!actor.IsSupervisor)
        {
            throw CollectionRejectedException.Forbidden("only a supervisor (or the project manager) changes a project's collection setup");
        }
    }

    /// <summary>
    /// A durable reminder, due next at 00:20 China time (after Billing's daily refresh) and then every 24 hours; registering
    /// it again changes nothing, and it writes no state (calls that interleave may ensure it).
    /// </summary>
    private async Task EnsureDailyRefreshAsync()
    {
        if (_dailyRefreshEnsured)
        {
            return;
        }
        _dailyRefreshEnsured = true;
        if (await this.GetReminder(DailyRefresh) is null)
        {
            var now = clock.Now;
            var next = new DateTimeOffset(now.Date.AddDays(1).AddMinutes(20), BusinessCalendar.Offset);
            await this.RegisterOrUpdateReminder(DailyRefresh, next - now, TimeSpan.FromDays(1));
        }
    }
}
