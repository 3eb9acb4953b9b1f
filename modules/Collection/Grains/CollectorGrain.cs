using CollectionGrains.Collection.Cases;
using CollectionGrains.Collection.Planning;
using CollectionGrains.Collection.Scripts;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Collection;

/// <summary>
/// A collector's work: the summaries of their package's cases, loaded from collection.household_case when the grain
/// activates and kept live by the cases; the plan of a day is computed from them in memory, with the project's policy
/// and the group's scripts (both re-read at most once a minute).
/// </summary>
internal sealed class CollectorGrain(
    [PersistentState("collector")] IPersistentState<CollectorState> state,
    StoredCases stored,
    CollectorFigures figures,
    BusinessClock clock) : Grain, ICollectorGrain
{
    private static readonly TimeSpan SetupAge = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ReservationAge = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, DateTime> _reserved = new(StringComparer.Ordinal);
    private CaseIndex _cases = null!;
    private (CollectionPolicy Policy, IReadOnlyList<CollectionScript> Scripts, IReadOnlyList<ScriptExperiment> Experiments, DateTime ReadAt)? _setup;

    private string Username => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken) => LoadCasesAsync();

    /// <summary>The package's cases as the Collection tables hold them (a collector works in one project).</summary>
    private async Task LoadCasesAsync()
    {
        var cases = new CaseIndex(summary => summary.Collector == Username && summary.ProjectId == state.State.Profile?.ProjectId);
        if (state.State.Profile is { } profile)
        {
            foreach (var summary in await stored.OfCollectorAsync(Username, profile.ProjectId))
            {
                cases.Apply(summary);
            }
        }
        _cases = cases;
    }

    public Task<CollectorProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public async Task JoinAsync(CollectorProfile profile)
    {
        if (profile.Username != Username)
        {
            throw CollectionRejectedException.BadInput($"the profile of {profile.Username} cannot join as {Username}");
        }
        var moved = state.State.Profile?.ProjectId != profile.ProjectId;
        state.State.Profile = profile;
        await state.WriteStateAsync();
        if (moved)
        {
            await LoadCasesAsync();
        }
    }

    public async Task<IReadOnlyList<PlanItem>> GetPlanAsync(DateOnly date)
    {
        var (policy, scripts, experiments) = await SetupAsync();
        var mine = _cases.All.Where(c => c.TaskStatus != CollectionTaskStatus.Escalated && c.Class != ContactClass.E_Refusing);
        return DailyPlan.For(mine, policy, date, clock.Now, (method, @case) =>
            ExperimentRules.Suggest(ScriptMatch.Best(scripts, method, @case.Class, @case.Grade)?.ScriptId, @case.HouseholdId, experiments));
    }

    public Task<IReadOnlyList<CaseSummary>> GetCasesAsync() =>
        Task.FromResult<IReadOnlyList<CaseSummary>>([.. _cases.All.OrderBy(c => c.HouseholdId, StringComparer.Ordinal)]);

    public Task<CollectorCounters> GetCountersAsync() => figures.CountersAsync(Username, _cases.All, clock.Today);

    public async Task<Totals> GetTotalsAsync()
    {
        var parts = new List<Totals>();
        foreach (var building in _cases.All.GroupBy(c => c.BuildingId))
        {
            var held = await GrainFactory.GetGrain<IOrgNodeGrain>(building.Key).GetChildTotalsAsync();
            var mine = building.Select(c => c.HouseholdId).ToHashSet(StringComparer.Ordinal);
            parts.AddRange(held.Where(h => mine.Contains(ChildKey.HouseholdOf(h.Key))).Select(h => h.Value.Totals));
        }
        return Totals.Sum(parts);
    }

    public async Task<bool> CanTakeTaskAsync(string householdId)
    {
        var (policy, _, _) = await SetupAsync();
        var now = DateTime.UtcNow;
        foreach (var expired in _reserved.Where(r => now - r.Value > ReservationAge || _cases.Find(r.Key) is not null).Select(r => r.Key).ToList())
        {
            _reserved.Remove(expired);
        }
        if (_cases.All.Count(c => c.HasOpenTask) + _reserved.Count >= policy.MaxOpenTasksPerCollector)
        {
            return false;
        }
        _reserved[householdId] = now;
        return true;
    }

    public Task CaseChangedAsync(CaseSummary summary) => CasesChangedAsync([summary]);

    public Task CasesChangedAsync(IReadOnlyList<CaseSummary> summaries)
    {
        foreach (var summary in summaries)
        {
            _cases.Apply(summary);
        }
        return Task.CompletedTask;
    }

    public Task SetupChangedAsync()
    {
        _setup = null;
        return Task.CompletedTask;
    }

    private async Task<(CollectionPolicy Policy, IReadOnlyList<CollectionScript> Scripts, IReadOnlyList<ScriptExperiment> Experiments)> SetupAsync()
    {
        if (_setup is { } known && DateTime.UtcNow - known.ReadAt < SetupAge)
        {
            return (known.Policy, known.Scripts, known.Experiments);
        }
        if (state.State.Profile is not { } profile)
        {
            throw CollectionRejectedException.NotFound($"{Username} is not a collector of any project");
        }
        var project = GrainFactory.GetGrain<ICollectionProjectGrain>(profile.ProjectId);
        var scripts = await GrainFactory.GetGrain<IScriptLibraryGrain>(await project.GetGroupIdAsync()).GetAllAsync();
        _setup = (await project.GetPolicyAsync(), scripts, await project.GetExperimentsAsync(), DateTime.UtcNow);
        return (_setup.Value.Policy, scripts, _setup.Value.Experiments);
    }
}
