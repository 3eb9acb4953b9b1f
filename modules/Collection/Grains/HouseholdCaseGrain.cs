using CollectionGrains.Billing;
using CollectionGrains.Collection.Cases;
using CollectionGrains.Collection.Journal;
using CollectionGrains.Collection.Planning;
using CollectionGrains.Collection.Visits;
using CollectionGrains.Kernel;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Collection;

/// <summary>
/// A household's collection case. Each change runs the case rules, writes the state (the commit point: only then is the
/// call acknowledged), then copies the new facts to the Collection tables, reports the case's figures to the household's
/// building and tells the project and the collector holding the household.
/// </summary>
internal sealed partial class HouseholdCaseGrain(
    [PersistentState(StoredCases.StateName, Hosting.Storage.GroupCommitGrainStorage.Name)] IPersistentState<CaseState> state,
    CaseJournal journal,
    VisitPhotos photos,
    CollectionSettings settings,
    BusinessClock clock,
    ILogger<HouseholdCaseGrain> logger) : Grain, IHouseholdCaseGrain, IIncomingGrainCallFilter
{
    private static readonly TimeSpan PolicyAge = TimeSpan.FromMinutes(1);
    private CollectionPolicy _policy = CollectionPolicy.Standard;
    private DateTime _policyReadAt = DateTime.MinValue;

    private string HouseholdId => this.GetPrimaryKeyString();

    private int _callsUnderWay;

    /// <summary>
    /// A case with no state is read again before a call, if no other call is under way (one may interleave): cases may
    /// be opened in bulk (<see cref="CaseOpeningGrain"/>) after this activation found none.
    /// </summary>
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var readAgain = !state.RecordExists && _callsUnderWay == 0;
        _callsUnderWay++;
        try
        {
            if (readAgain)
            {
                await state.ReadStateAsync();
            }
            await context.Invoke();
        }
        finally
        {
            _callsUnderWay--;
        }
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StartJournalFlush();
        Publish(pushSummary: state.State.PendingJournal.Count > 0);
        return Task.CompletedTask;
    }

    public async Task ApplyArrearsAsync(ArrearsSignal signal)
    {
        if (signal.HouseholdId != HouseholdId)
        {
            throw CollectionRejectedException.BadInput($"a signal for {signal.HouseholdId} reached the case of {HouseholdId}");
        }
        if (state.State.ProjectId is null)
        {
            // A household's first case joins the package of the collector who holds its building, if any.
            state.State.Collector ??= await Project(signal.ProjectId).GetBuildingCollectorAsync(signal.BuildingId);
        }
        await ChangeAsync(@case =>
        {
            @case.ApplyArrears(signal);
            return true;
        });
    }

    public Task ApplyServiceAsync(ServiceSignal signal) =>
        signal.HouseholdId == HouseholdId
            ? ChangeAsync(@case =>
            {
                @case.ApplyService(signal);
                return true;
            })
            : throw CollectionRejectedException.BadInput($"a signal for {signal.HouseholdId} reached the case of {HouseholdId}");

    public async Task<ContactReceipt> RecordContactAsync(ContactRequest contact, CollectionActor actor)
    {
        var existing = state.State.Contacts.Find(c => c.ContactId == contact.ContactId);
        var position = existing is null ? await PositionAsync() : null;
        var scriptVersion = existing is null && contact.ScriptId is { } scriptId ? await ScriptVersionAsync(scriptId) : null;
        var policy = await PolicyAsync();
        var visitCheck = position is not null && contact is { Method: ContactMethod.Visit, Visit: { } evidence } ? await CheckVisitAsync(contact.ContactId, evidence, position.BuildingId, policy) : null;
        var (record, appliedNow) = await ChangeAsync(@case =>
        {
            if (position is not null)
            {
                @case.ApplyArrears(position);
            }
            return @case.RecordContact(contact, actor, position?.Owed ?? 0, clock.Now, scriptVersion, visitCheck);
        }, policy);
        if (appliedNow)
        {
            Telemetry.ContactsRecorded.Add(1);
        }
        return new ContactReceipt(HouseholdId, record, appliedNow);
    }

    public async Task<int> ImportContactsAsync(IReadOnlyList<ContactHistoryEntry> history)
    {
        var position = await PositionAsync();
        return await ChangeAsync(@case =>
        {
            @case.ApplyArrears(position);
            return @case.Import(history);
        });
    }

    public async Task<CollectionCase> GetAsync()
    {
        var policy = await PolicyAsync();
        var today = clock.Today;
        var summary = CaseViews.Summary(HouseholdId, state.State, today);
        // The next contact the procedure asks for: today's if a window is still ahead, else the first day that has one.
        var next = Enumerable.Range(0, 8).Select(d => CollectionPlanner.Next(summary, policy, today.AddDays(d), clock.Now)).FirstOrDefault(a => a is not null);
        return CaseViews.Case(HouseholdId, state.State, next);
    }

    public async Task<string?> GetCollectorAsync()
    {
        if (state.State.Collector is not null || state.State.ProjectId is not null)
        {
            return state.State.Collector;
        }
        // No case yet: the household is held by whoever holds its building.
        var profile = await Household.GetProfileAsync();
        return profile is null ? null : await Project(profile.ProjectId).GetBuildingCollectorAsync(profile.BuildingId);
    }

    public Task<CollectionTask?> GetTaskAsync(string taskId) =>
        Task.FromResult(state.State.Tasks.Find(t => t.TaskId == taskId) is { } task ? Case().View(task) : null);

    public Task<CollectionTask> GrabAsync(string taskId, CollectionActor actor) => GrabOrThrowAsync(taskId, actor);

    public Task<CollectionTask> TransferAsync(string taskId, string toCollector, string reason, CollectionActor actor) =>
        ChangeAsync(@case => @case.Transfer(taskId, toCollector, reason, actor, clock.Now));

    public Task<CollectionTask> EscalateAsync(string taskId, string reason, CollectionActor actor) =>
        ChangeAsync(@case => @case.Escalate(taskId, reason, actor, clock.Now));

    public Task<CollectionTask> CancelAsync(string taskId, string reason, CollectionActor actor) =>
        ChangeAsync(@case => @case.Cancel(taskId, reason, actor, clock.Now));

    public async Task<bool> AssignAsync(string? collector, CollectionActor actor)
    {
        if (state.State.ProjectId is null)
        {
            var position = await PositionAsync();
            return await ChangeAsync(@case =>
            {
                @case.ApplyArrears(position);
                return @case.Assign(collector, actor, clock.Now);
            });
        }
        return await ChangeAsync(@case => @case.Assign(collector, actor, clock.Now));
    }

    public Task<LegacyIssue> RecordLegacyIssueAsync(LegacyIssue issue, CollectionActor actor) =>
        ChangeAsync(@case => @case.RecordLegacyIssue(issue with { RecordedBy = actor.Username, RecordedOn = clock.Today }));

    public Task<LegacyIssue> ResolveLegacyIssueAsync(string issueId, CollectionActor actor) =>
        ChangeAsync(@case => @case.ResolveLegacyIssue(issueId, actor.Username, clock.Today));

    public async Task RefreshAsync()
    {
        await ChangeAsync(@case =>
        {
            @case.PassDay(clock.Today);
            return true;
        });
        Publish(pushSummary: false);
    }

    /// <summary>The pool's arbiter: calls on one case run one at a time, so of concurrent grabs exactly one finds the task in the pool.</summary>
    private async Task<CollectionTask> GrabOrThrowAsync(string taskId, CollectionActor actor)
    {
        Case().CheckGrab(taskId, actor);
        if (!await Collector(actor.Username).CanTakeTaskAsync(HouseholdId))
        {
            var limit = (await PolicyAsync()).MaxOpenTasksPerCollector;
            throw CollectionRejectedException.Conflict($"{actor.Username} holds {limit} open tasks already, the project's limit");
        }
        return await ChangeAsync(@case => @case.Grab(taskId, actor, clock.Now));
    }

    /// <summary>The ledger's position as a signal: applying it first makes a contact see the task the arrears call for.</summary>
    private async Task<ArrearsSignal> PositionAsync()
    {
        var position = await Household.GetPositionAsync();
        return new ArrearsSignal(HouseholdId, position.ProjectId, position.BuildingId, position.Version, position.Owed,
            position.OldestDueDate, position.TotalPaid, ArrearsCause.Day, clock.Now, position.Principal, position.Grade);
    }

    private async Task<int?> ScriptVersionAsync(string scriptId)
    {
        var projectId = state.State.ProjectId ?? (await Household.GetProfileAsync())?.ProjectId
            ?? throw CollectionRejectedException.NotFound($"household {HouseholdId} does not exist");
        var script = await Scripts(await Project(projectId).GetGroupIdAsync()).GetAsync(scriptId)
            ?? throw CollectionRejectedException.BadInput($"no script {scriptId}");
        return script.Version;
    }

    private async Task<CollectionPolicy> PolicyAsync()
    {
        if (state.State.ProjectId is { } projectId && DateTime.UtcNow - _policyReadAt > PolicyAge)
        {
            _policy = await Project(projectId).GetPolicyAsync();
            _policyReadAt = DateTime.UtcNow;
        }
        return _policy;
    }

    private IHouseholdGrain Household => GrainFactory.GetGrain<IHouseholdGrain>(HouseholdId);

    private ICollectionProjectGrain Project(string projectId) => GrainFactory.GetGrain<ICollectionProjectGrain>(projectId);

    private ICollectorGrain Collector(string username) => GrainFactory.GetGrain<ICollectorGrain>(username);

    private IScriptLibraryGrain Scripts(string groupId) => GrainFactory.GetGrain<IScriptLibraryGrain>(groupId);
}
