using CollectionGrains.Collection.Cases;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Orleans.Concurrency;

namespace CollectionGrains.Collection;

/// <summary>
/// Opens cases in bulk (decision 0021), as each case's grain would on its first signal: the building's collector holds
/// it, the case rules open its task under the project's policy, and its state and rows are stored in one transaction
/// (only where no state exists). The project and each collector are then told in one call. A case that would show
/// figures in its building at once, or that has a state, is left to its grain.
/// </summary>
[StatelessWorker]
internal sealed class CaseOpeningGrain(StoredCases stored, BusinessClock clock) : Grain, ICaseOpeningGrain
{
    public async Task<IReadOnlyList<ArrearsSignal>> OpenAsync(IReadOnlyList<ArrearsSignal> signals)
    {
        var (now, today) = (clock.Now, clock.Today);
        var left = new List<ArrearsSignal>();
        var opened = new List<(string HouseholdId, CaseState State, CaseSummary Summary, IReadOnlyList<CaseJournalItem> Facts)>();
        foreach (var project in signals.GroupBy(s => s.ProjectId))
        {
            var projectGrain = GrainFactory.GetGrain<ICollectionProjectGrain>(project.Key);
            var policy = await projectGrain.GetPolicyAsync();
            var collectors = new Dictionary<string, string?>();
            foreach (var building in project.Select(s => s.BuildingId).Distinct())
            {
                collectors[building] = await projectGrain.GetBuildingCollectorAsync(building);
            }
            foreach (var signal in project)
            {
                var state = new CaseState { Collector = collectors[signal.BuildingId] };
                var @case = new HouseholdCase(signal.HouseholdId, state, policy);
                @case.ApplyArrears(signal);
                @case.EvaluateWarnings(now);
                if (!CaseFigures.Of(state, today).SameAs(Totals.Zero))
                {
                    left.Add(signal);
                    continue;
                }
                state.CommitCount = 1;
                opened.Add((signal.HouseholdId, state, CaseViews.Summary(signal.HouseholdId, state, today), [.. @case.Facts]));
            }
        }
        var inserted = opened.Count == 0 ? [] : await stored.InsertNewAsync(opened);
        left.AddRange(opened.Where(o => !inserted.Contains(o.HouseholdId)).Select(o => o.State.Arrears!));
        var summaries = opened.Where(o => inserted.Contains(o.HouseholdId)).Select(o => o.Summary).ToList();
        foreach (var project in summaries.GroupBy(s => s.ProjectId))
        {
            await GrainFactory.GetGrain<ICollectionProjectGrain>(project.Key).CasesChangedAsync([.. project]);
        }
        foreach (var collector in summaries.Where(s => s.Collector is not null).GroupBy(s => s.Collector!))
        {
            await GrainFactory.GetGrain<ICollectorGrain>(collector.Key).CasesChangedAsync([.. collector]);
        }
        return left;
    }
}
