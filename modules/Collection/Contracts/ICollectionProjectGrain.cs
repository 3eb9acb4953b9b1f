using Orleans.Concurrency;

namespace CollectionGrains.Collection;

/// <summary>
/// A project's collection desk (key: project id): its policy, its roster of collectors, which collector holds each
/// building, the live cases of all its households (tasks, the pool), the even split, the record sheet, and a daily
/// reminder that moves every case on to the new day.
/// </summary>
public interface ICollectionProjectGrain : IGrainWithStringKey
{
    [AlwaysInterleave]
    Task<CollectionPolicy> GetPolicyAsync();

    Task<CollectionPolicy> SetPolicyAsync(CollectionPolicy policy, CollectionActor actor);

    /// <summary>
    /// Decides the policy for a later day: from that day (China time) on it is the project's policy. Deciding again
    /// replaces the decision; a decision already due has become the current policy.
    /// </summary>
    Task<ScheduledCollectionPolicy> SchedulePolicyAsync(CollectionPolicy policy, DateOnly effectiveFrom, CollectionActor actor);

    /// <summary>The policy decided for a later day, if any.</summary>
    [AlwaysInterleave]
    Task<ScheduledCollectionPolicy?> GetScheduledPolicyAsync();

    [AlwaysInterleave]
    Task<IReadOnlyList<CollectorProfile>> GetCollectorsAsync();

    /// <summary>Puts a user on the roster (a collector, or other staff with the collector role, within this project); refused otherwise.</summary>
    Task<CollectorProfile> EnrolAsync(string username);

    /// <summary>
    /// Puts households (named, and every household of the named buildings) into a collector's package, or back into the
    /// pool (null); a building remembers its collector for households registered later. Returns how many moved.
    /// </summary>
    Task<int> AssignAsync(string? collector, IReadOnlyList<string> householdIds, IReadOnlyList<string> buildingIds, CollectionActor actor);

    /// <summary>The collector who holds a building, for households that have no case yet.</summary>
    [AlwaysInterleave]
    Task<string?> GetBuildingCollectorAsync(string buildingId);

    [AlwaysInterleave]
    Task<TaskPage> GetTasksAsync(TaskFilter filter, int first, string? after);

    /// <summary>The households held by collectors other than this one (what a collector may not see).</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> GetHeldByOthersAsync(string collector);

    /// <summary>The supervisor's plan: contacts for the escalated and refusing cases.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<PlanItem>> GetSupervisorPlanAsync(DateOnly date);

    /// <summary>The whole project's plan: the contact the procedure asks for on the day for every household with an open task.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<PlanItem>> GetProjectPlanAsync(DateOnly date);

    Task<EvenSplitProposal> ProposeEvenSplitAsync(IReadOnlyList<string> staff);

    Task<EvenSplitProposal> ApplyEvenSplitAsync(IReadOnlyList<string> staff, string proposalId, CollectionActor actor);

    /// <summary>
    /// A case of the project changed. One way: a summary lost with a silo is in the Collection tables, which a new
    /// activation loads.
    /// </summary>
    [AlwaysInterleave, OneWay]
    Task CaseChangedAsync(CaseSummary summary);

    /// <summary>Many cases of the project changed (cases opened in bulk); one way, like <see cref="CaseChangedAsync"/>.</summary>
    [AlwaysInterleave, OneWay]
    Task CasesChangedAsync(IReadOnlyList<CaseSummary> summaries);

    /// <summary>
    /// Moves every case with anything of the day to follow (an open task or promise, contacts of the last week, a promise
    /// decided this month) on to the business day: what the daily reminder (00:20 China time) does. Returns how many.
    /// </summary>
    Task<int> RefreshCasesAsync();

    /// <summary>The group above the project (whose scripts its collectors use).</summary>
    [AlwaysInterleave]
    Task<string> GetGroupIdAsync();

    /// <summary>The 催收记录表 of the project: every household with a case, its first three contacts of its current task, class, promise, reason, collector.</summary>
    Task<byte[]> ExportRecordSheetAsync(CollectionGrains.Kernel.Tabular.SheetFormat format);

    /// <summary>A collector's share of the project's target for a month, against the figures of the buildings they hold; null without a project target or buildings held.</summary>
    Task<CollectionGrains.Organisation.TargetProgress?> GetCollectorTargetAsync(string username, CollectionGrains.Kernel.Period period);

    /// <summary>Starts a champion–challenger experiment (supervisors): both scripts of the group's library, for the same situation, neither in another running experiment.</summary>
    Task<ScriptExperiment> StartExperimentAsync(NewScriptExperiment experiment, CollectionActor actor);

    /// <summary>Stops a running experiment (supervisors); the plan goes back to the champion. Stopping a stopped one changes nothing.</summary>
    Task<ScriptExperiment> StopExperimentAsync(string experimentId, CollectionActor actor);

    /// <summary>The project's experiments, running and stopped, newest first.</summary>
    Task<IReadOnlyList<ScriptExperiment>> GetExperimentsAsync();
}
