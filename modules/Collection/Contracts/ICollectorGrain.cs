using CollectionGrains.Organisation;
using Orleans.Concurrency;

namespace CollectionGrains.Collection;

/// <summary>
/// A collector's work (key: username): the cases of their package kept live (each case reports its changes), today's
/// plan, their counters and the totals of their households.
/// </summary>
public interface ICollectorGrain : IGrainWithStringKey
{
    [AlwaysInterleave]
    Task<CollectorProfile?> GetProfileAsync();

    /// <summary>Joins (or updates) the collector on their project's roster.</summary>
    Task JoinAsync(CollectorProfile profile);

    /// <summary>The plan of a day: every contact the procedure asks for, overdue first, then by amount owed and age.</summary>
    Task<IReadOnlyList<PlanItem>> GetPlanAsync(DateOnly date);

    /// <summary>The households of the package, with their cases, by household id.</summary>
    Task<IReadOnlyList<CaseSummary>> GetCasesAsync();

    Task<CollectorCounters> GetCountersAsync();

    /// <summary>The totals of the households of the package, summed from what their buildings hold now.</summary>
    Task<Totals> GetTotalsAsync();

    /// <summary>Whether the collector may take one more open task by grabbing (under the project's limit).</summary>
    Task<bool> CanTakeTaskAsync(string householdId);

    /// <summary>A case of (or just gone from) this package changed (one way, like the project's).</summary>
    [AlwaysInterleave, OneWay]
    Task CaseChangedAsync(CaseSummary summary);

    /// <summary>Many cases of this package changed (cases opened in bulk); one way.</summary>
    [AlwaysInterleave, OneWay]
    Task CasesChangedAsync(IReadOnlyList<CaseSummary> summaries);

    /// <summary>The project's policy or experiments changed: the next plan reads them again instead of the minute-old copy.</summary>
    Task SetupChangedAsync();
}
