using Microsoft.Extensions.Logging;

namespace CollectionGrains.Organisation;

/// <summary>
/// An organisation node. All changes go through one debounced flush: it persists the state, then completes the reports
/// that waited for it, pushes the new totals to watchers and reports them, whole and versioned, to the parent (retrying
/// until the parent has persisted them). A burst of reports from below becomes one write and one message up.
/// </summary>
internal sealed class OrgNodeGrain(
    [PersistentState("orgNode")] IPersistentState<OrgNodeState> state,
    ILogger<OrgNodeGrain> logger) : Grain, IOrgNodeGrain
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ParentRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan WatchLease = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a report waits for the flush that persists it. Normally about the debounce; while the silo shuts down no
    /// flush may come, and the reporter retries later instead of holding the deactivation up.
    /// </summary>
    private static readonly TimeSpan PersistWait = TimeSpan.FromSeconds(10);

    private readonly Dictionary<ITotalsObserver, DateTime> _watchers = [];
    private Totals _totals = Totals.Zero;
    private bool _dirty;
    private bool _writing;
    private IGrainTimer? _flushTimer;
    private TaskCompletionSource _nextPersist = NewCompletion();
    private Task _writeInFlight = Task.CompletedTask;
    private Task _parentSend = Task.CompletedTask;
    private bool _parentStale;

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _totals = state.State.Children.Sum();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await FlushAsync();
        }
    }

    public async Task CreateAsync(string name, OrgLevel level, string? parentId)
    {
        ValidateName(name);
        if (state.State.Info is { } existing)
        {
            if (existing.Level != level || existing.ParentId != parentId)
            {
                throw new OrganisationRejectedException($"node {Id} exists already as a {existing.Level} under {existing.ParentId ?? "nothing"}");
            }
        }
        else
        {
            await CreateNewAsync(name, level, parentId);
        }
        if (level == OrgLevel.Group)
        {
            await GrainFactory.GetGrain<IOrgDirectoryGrain>(IOrgDirectoryGrain.Key).AddGroupAsync(Id);
        }
    }

    private async Task CreateNewAsync(string name, OrgLevel level, string? parentId)
    {
        if (parentId is not null)
        {
            await RequireParentAsync(parentId, level);
        }
        else if (level != OrgLevel.Group)
        {
            throw new OrganisationRejectedException($"a {level} needs a parent");
        }
        state.State.Info = new OrgNodeInfo(Id, name.Trim(), level, parentId);
        await PersistNowAsync();
        if (parentId is not null)
        {
            await Node(parentId).AddChildAsync(Id);
        }
    }

    public async Task RenameAsync(string name)
    {
        ValidateName(name);
        state.State.Info = RequireInfo() with { Name = name.Trim() };
        await PersistNowAsync();
    }

    public async Task MoveAsync(string newParentId)
    {
        var info = RequireInfo();
        if (info.ParentId == newParentId)
        {
            return;
        }
        if (info.ParentId is not { } oldParentId)
        {
            throw new OrganisationRejectedException($"{Id} is a group; a group has no parent to move from");
        }
        await RequireParentAsync(newParentId, info.Level);
        state.State.Info = info with { ParentId = newParentId };
        await PersistNowAsync();
        await Node(newParentId).AddChildAsync(Id);
        await Node(newParentId).ReportChildTotalsAsync(Id, new VersionedTotals(state.State.Version, _totals));
        await Node(oldParentId).RemoveChildAsync(Id, state.State.Version);
    }

    public Task<OrgNodeView?> GetAsync() => Task.FromResult(state.State.Info is { } info
        ? new OrgNodeView(info, _totals, state.State.Version, [.. state.State.ChildNodes])
        : null);

    public async Task<IReadOnlyList<OrgNodeView>> GetChildrenAsync(ChildOrder order = ChildOrder.Name)
    {
        var views = await Task.WhenAll(state.State.ChildNodes.Select(id => Node(id).GetAsync()));
        return ChildOrdering.Sort(views.OfType<OrgNodeView>(), order);
    }

    public Task<IReadOnlyDictionary<string, VersionedTotals>> GetChildTotalsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, VersionedTotals>>(new Dictionary<string, VersionedTotals>(state.State.Children.Latest));

    public Task RefreshAsync() => PersistNowAsync();

    public Task ReportChildTotalsAsync(string childId, VersionedTotals totals)
    {
        if (state.State.Children.Apply(childId, totals))
        {
            return PersistSoonAsync();
        }
        // Nothing new: what is held is persisted, waits for the next flush, or is being persisted by the write in flight.
        return (_dirty ? _nextPersist.Task : _writeInFlight).WaitAsync(PersistWait);
    }

    public Task RemoveChildAsync(string childId, long version)
    {
        state.State.ChildNodes.Remove(childId);
        state.State.Children.Remove(childId, version);
        return PersistSoonAsync();
    }

    public Task AddChildAsync(string childId) =>
        state.State.ChildNodes.Add(childId) ? PersistSoonAsync() : Task.CompletedTask;

    public async Task<Totals> ClosePeriodAsync(CollectionGrains.Kernel.Period period)
    {
        RequireInfo();
        if (state.State.Snapshots.TryGetValue(period.ToString(), out var frozen))
        {
            return frozen;
        }
        var childNodes = state.State.ChildNodes.ToList();
        var fromNodes = await Task.WhenAll(childNodes.Select(id => Node(id).ClosePeriodAsync(period)));
        var fromHouseholds = state.State.Children.Latest.Where(c => !childNodes.Contains(c.Key)).Select(c => c.Value.Totals);
        var snapshot = Totals.Sum(fromNodes.Concat(fromHouseholds));
        state.State.Snapshots[period.ToString()] = snapshot;
        await PersistNowAsync();
        return snapshot;
    }

    public Task<Totals?> GetSnapshotAsync(CollectionGrains.Kernel.Period period) =>
        Task.FromResult(state.State.Snapshots.GetValueOrDefault(period.ToString()));

    public Task WatchAsync(ITotalsObserver observer)
    {
        _watchers[observer] = DateTime.UtcNow + WatchLease;
        observer.TotalsChanged(Id, state.State.Version, _totals);
        return Task.CompletedTask;
    }

    public Task UnwatchAsync(ITotalsObserver observer)
    {
        _watchers.Remove(observer);
        return Task.CompletedTask;
    }

    private void MarkDirty()
    {
        _dirty = true;
        _flushTimer ??= this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(Debounce, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    /// <summary>Has the change just made persisted by the next (debounced) flush, and waits for it, within bounds.</summary>
    private Task PersistSoonAsync()
    {
        var persisted = _nextPersist.Task;
        MarkDirty();
        return persisted.WaitAsync(PersistWait);
    }

    private async Task PersistNowAsync()
    {
        var persisted = _nextPersist.Task;
        _dirty = true;
        if (!_writing)
        {
            await FlushAsync();
        }
        else
        {
            MarkDirty();
        }
        await persisted;
    }

    private async Task FlushAsync()
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        if (!_dirty || _writing)
        {
            return;
        }
        _writing = true;
        _dirty = false;
        state.State.Version++;
        _totals = state.State.Children.Sum();
        var done = _nextPersist;
        _nextPersist = NewCompletion();
        _writeInFlight = done.Task;
        try
        {
            await state.WriteStateAsync();
            done.TrySetResult();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Node {NodeId} could not persist its totals; retrying", Id);
            _dirty = true;
            done.TrySetException(e);
        }
        finally
        {
            _writing = false;
        }
        if (_dirty)
        {
            MarkDirty();
            return;
        }
        NotifyWatchers();
        if (_parentSend.IsCompleted)
        {
            _parentSend = ReportToParentAsync();
        }
        else
        {
            _parentStale = true;
        }
    }

    private async Task ReportToParentAsync()
    {
        do
        {
            _parentStale = false;
            if (state.State.Info?.ParentId is not { } parentId)
            {
                return;
            }
            try
            {
                await Node(parentId).ReportChildTotalsAsync(Id, new VersionedTotals(state.State.Version, _totals));
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Node {NodeId} could not report to {ParentId}; retrying", Id, parentId);
                await Task.Delay(ParentRetry);
                _parentStale = true;
            }
        }
        while (_parentStale);
    }

    private void NotifyWatchers()
    {
        var now = DateTime.UtcNow;
        foreach (var (watcher, until) in _watchers.ToList())
        {
            if (until < now)
            {
                _watchers.Remove(watcher);
                continue;
            }
            watcher.TotalsChanged(Id, state.State.Version, _totals);
        }
    }

    private async Task RequireParentAsync(string parentId, OrgLevel level)
    {
        var parent = await Node(parentId).GetAsync()
            ?? throw new OrganisationRejectedException($"parent node {parentId} does not exist");
        if (parent.Info.Level != level - 1)
        {
            throw new OrganisationRejectedException($"a {level} belongs under a {level - 1}, and {parentId} is a {parent.Info.Level}");
        }
    }

    private OrgNodeInfo RequireInfo() =>
        state.State.Info ?? throw new OrganisationRejectedException($"node {Id} does not exist");

    private IOrgNodeGrain Node(string id) => GrainFactory.GetGrain<IOrgNodeGrain>(id);

    private static void ValidateName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new OrganisationRejectedException("a node name is 1 to 100 characters");
        }
    }

    private static TaskCompletionSource NewCompletion() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
