using Microsoft.Extensions.Logging;

namespace CollectionGrains.Organisation;

/// <summary>
/// An organisation node. A change of what it holds is published after a short debounce — new totals pushed to
/// watchers and reported, whole and versioned, to the parent — and persisted at most once per
/// <see cref="PersistInterval"/>. Households' reports are acknowledged once persisted; a child node's report once
/// applied, and a node that did not close cleanly asks its child nodes to report again when it activates.
/// </summary>
internal sealed partial class OrgNodeGrain(
    // Reports keep changing the state while a write is under way (they interleave with it), so the state must be
    // serialized in the node's own turn: the group-commit storage does that; the ADO.NET provider serialized it on
    // another thread after opening its connection, and a report changing the children meanwhile failed the write.
    [PersistentState("orgNode", Hosting.Storage.GroupCommitGrainStorage.Name)] IPersistentState<OrgNodeState> state,
    CollectionGrains.Kernel.BusinessClock clock,
    OrgNodesOnThisSilo nodesOnThisSilo,
    ILogger<OrgNodeGrain> logger) : Grain, IOrgNodeGrain, IOrgNodeLeaving
{
    private static readonly TimeSpan WatchLease = TimeSpan.FromMinutes(10);

    private readonly Dictionary<ITotalsObserver, DateTime> _watchers = [];
    private Totals _totals = Totals.Zero;

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _totals = state.State.Children.Sum();
        nodesOnThisSilo.Activated(Id);
        if (!state.State.ClosedCleanly)
        {
            // Reports applied but not persisted before an unclean stop are gone: the child nodes send theirs again
            // (households resend on their own: their reports are acknowledged only once persisted).
            AskChildNodesToReport();
        }
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        nodesOnThisSilo.Deactivated(Id);
        _publishTimer?.Dispose();
        _publishTimer = null;
        if (cancellationToken.IsCancellationRequested)
        {
            return;   // a silo stopping abruptly: left unclean, the children report again on the next activation
        }
        if (await WriteAfterInFlightAsync(closing: true))
        {
            if (_dirty)
            {
                Publish();
            }
            return;
        }
        // Storage did not take this activation's last state: during a silo's departure the next activation often exists
        // already and wrote first. This one publishes nothing more (a late publication would overwrite the next
        // activation's at the parent); its child nodes report again, to the next activation, which is asked to publish
        // afresh. Households whose reports were not persisted send them again by themselves.
        AskChildNodesToReport();
        Node(Id).RefreshAsync().Ignore();
    }

    public async Task CreateAsync(string name, OrgLevel level, string? parentId)
    {
        ValidateName(name);
        if (state.State.Info is { } existing && !state.State.Closed)
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
        state.State.Closed = false;
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
        _dirty = true; // a new version tells those who follow the tree by versions (arrears lists) that a path changed
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

    public async Task SetLocationAsync(BuildingLocation? location)
    {
        var info = RequireInfo();
        if (info.Level != OrgLevel.Building)
        {
            throw new OrganisationRejectedException($"only a building has a location, and {Id} is a {info.Level}");
        }
        if (location?.Problem() is { } problem)
        {
            throw new OrganisationRejectedException(problem);
        }
        state.State.Info = info with { Location = location };
        await PersistNowAsync();
    }

    public async Task CloseAsync()
    {
        if (state.State.Info is not { } info || state.State.Closed)
        {
            return;
        }
        if (info.ParentId is not { } parentId)
        {
            throw new OrganisationRejectedException($"{Id} is a group; a group is not closed");
        }
        if (state.State.ChildNodes.Count > 0 || state.State.Children.Latest.Count > 0)
        {
            var held = state.State.ChildNodes.Count > 0 ? $"{state.State.ChildNodes.Count} child node(s)" : $"{state.State.Children.Latest.Count} household(s)";
            throw new OrganisationRejectedException($"{Id} still holds {held}: move or close them first");
        }
        state.State.Closed = true;
        await PersistNowAsync();
        await Node(parentId).RemoveChildAsync(Id, state.State.Version + 1);
    }

    public Task<OrgNodeView?> GetAsync() => Task.FromResult(state.State.Info is { } info && !state.State.Closed
        ? new OrgNodeView(info, _totals, state.State.Version, [.. state.State.ChildNodes])
        : null);

    public async Task<IReadOnlyList<OrgNodeView>> GetChildrenAsync(ChildOrder order = ChildOrder.Name)
    {
        var views = await Task.WhenAll(state.State.ChildNodes.Select(id => Node(id).GetAsync()));
        return ChildOrdering.Sort(views.OfType<OrgNodeView>(), order);
    }

    public Task<IReadOnlyDictionary<string, VersionedTotals>> GetChildTotalsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, VersionedTotals>>(new Dictionary<string, VersionedTotals>(state.State.Children.Latest));

    public Task RefreshAsync()
    {
        _dirty = true;
        return PersistNowAsync();
    }

    public Task ReportChildTotalsAsync(string childId, VersionedTotals totals)
    {
        RequireInfo();
        if (ApplyChild(childId, totals))
        {
            return ChangedAsync();
        }
        return HeldPersistedAsync();
    }

    /// <summary>Nothing new: completes once what is held is persisted (by the next write, or the write under way).</summary>
    private Task HeldPersistedAsync() => (_unpersisted ? _nextPersist.Task : _writeInFlight).WaitAsync(PersistWait);

    public Task ReportChildrenTotalsAsync(IReadOnlyDictionary<string, VersionedTotals> reports)
    {
        RequireInfo();
        var changed = false;
        foreach (var (childId, totals) in reports)
        {
            changed |= ApplyChild(childId, totals);
        }
        if (!changed)
        {
            return HeldPersistedAsync();
        }
        _dirty = true;
        return PersistNowAsync();
    }

    public Task<long> ReportChildNodeTotalsAsync(string childId, VersionedTotals totals)
    {
        RequireInfo();
        if (ApplyChild(childId, totals))
        {
            MarkChanged();
            return Task.FromResult(0L);
        }
        return Task.FromResult(state.State.Children.VersionOutranking(childId, totals));
    }

    public Task ResendToParentAsync()
    {
        SendToParent();
        return Task.CompletedTask;
    }

    public Task RemoveChildAsync(string childId, long version)
    {
        RequireInfo();
        state.State.ChildNodes.Remove(childId);
        state.State.Children.Remove(childId, version);
        return ChangedAsync();
    }

    /// <summary>A new child node is a change of the tree, rare and awaited by whoever builds it: written now, not batched.</summary>
    public Task AddChildAsync(string childId)
    {
        RequireInfo();
        if (!state.State.ChildNodes.Add(childId))
        {
            return Task.CompletedTask;
        }
        _dirty = true;
        return PersistNowAsync();
    }

    public async Task<Totals> ClosePeriodAsync(CollectionGrains.Kernel.Period period)
    {
        RequireInfo();
        if (state.State.Snapshots.TryGetValue(period.ToString(), out var frozen))
        {
            return frozen;
        }
        // Child nodes may be added or leave while the closes below are awaited (those calls interleave): the snapshot
        // counts the children the node has when the last close returns, each node by its own snapshot.
        var closed = new Dictionary<string, Totals>();
        while (state.State.ChildNodes.Where(id => !closed.ContainsKey(id)).ToList() is { Count: > 0 } pending)
        {
            var snapshots = await Task.WhenAll(pending.Select(id => Node(id).ClosePeriodAsync(period)));
            for (var i = 0; i < pending.Count; i++)
            {
                closed[pending[i]] = snapshots[i];
            }
        }
        var childNodes = state.State.ChildNodes;
        var fromNodes = childNodes.Select(id => closed[id]);
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

    private OrgNodeInfo RequireInfo() => state.State.Info is { } info && !state.State.Closed
        ? info
        : throw new OrganisationRejectedException($"node {Id} does not exist");

    private IOrgNodeGrain Node(string id) => GrainFactory.GetGrain<IOrgNodeGrain>(id);

    private static void ValidateName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new OrganisationRejectedException("a node name is 1 to 100 characters");
        }
    }

}
