using CollectionGrains.Kernel;
using CollectionGrains.Organisation.RollUps;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace CollectionGrains.Organisation;

/// <summary>How a node publishes its changes (debounced) and persists them (at most once per interval).</summary>
internal sealed partial class OrgNodeGrain
{
    /// <summary>
    /// How long a node gathers reports before it publishes once (pushes to watchers, reports to its parent), per level:
    /// a building hears from every household and gathers longest; the levels above hear from few children, so short
    /// waits there keep a payment's way to the group (six publications) well within a second.
    /// </summary>
    private TimeSpan Debounce => state.State.Info?.Level switch
    {
        OrgLevel.Building => TimeSpan.FromMilliseconds(100),
        OrgLevel.Zone or OrgLevel.Project => TimeSpan.FromMilliseconds(50),
        _ => TimeSpan.FromMilliseconds(25),
    };

    /// <summary>
    /// How often, at most, a node writes its state. A building hears from every household under load and rewrites all
    /// their totals with each write, so it gathers writes longest; what it shows does not wait for its writes (households
    /// send newer reports without waiting for the acknowledgement of older ones), only the acknowledgements do.
    /// </summary>
    private TimeSpan PersistInterval => state.State.Info?.Level == OrgLevel.Building ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(1);

    private static readonly TimeSpan ParentRetry = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a household's report waits for the write that persists it; when none comes (storage down, a write
    /// refused) the household retries later instead of holding the node up.
    /// </summary>
    private static readonly TimeSpan PersistWait = TimeSpan.FromSeconds(10);

    private bool _dirty;
    private bool _unpersisted;
    private bool _writing;
    private IGrainTimer? _publishTimer;
    private IGrainTimer? _persistTimer;
    private TaskCompletionSource _nextPersist = NewCompletion();
    private Task _writeInFlight = Task.CompletedTask;
    private Task _parentSend = Task.CompletedTask;
    private bool _parentStale;
    private readonly EarliestChange _unpublished = new();
    private readonly EarliestChange _unreported = new();

    /// <summary>Something this node holds changed: publish soon, persist within the interval.</summary>
    private void MarkChanged()
    {
        _dirty = true;
        _unpersisted = true;
        _publishTimer ??= this.RegisterGrainTimer(() =>
        {
            _publishTimer?.Dispose();
            _publishTimer = null;
            Publish();
            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(Debounce, Timeout.InfiniteTimeSpan) { Interleave = true });
        SchedulePersist();
    }

    /// <summary>Marks the change and waits (within bounds) for the write that persists it.</summary>
    private Task ChangedAsync()
    {
        var persisted = _nextPersist.Task;
        MarkChanged();
        return persisted.WaitAsync(PersistWait);
    }

    private async Task PersistNowAsync()
    {
        if (_dirty)
        {
            Publish();
        }
        _unpersisted = true;
        var persisted = _nextPersist.Task;
        await WriteAfterInFlightAsync(closing: false);
        await persisted;
    }

    /// <summary>
    /// Waits for a write under way, then writes what is left (the last write of a deactivation says so); false when
    /// that write failed.
    /// </summary>
    private async Task<bool> WriteAfterInFlightAsync(bool closing)
    {
        while (_writing)
        {
            try
            {
                await _writeInFlight;
            }
            catch (Exception)
            {
                // That write failed; the one below carries its changes.
            }
        }
        return await WriteAsync(closing);
    }

    /// <summary>New totals and version, pushed to watchers and reported to the parent.</summary>
    private void Publish()
    {
        _dirty = false;
        state.State.Version++;
        _totals = state.State.Children.Sum();
        NotifyWatchers();
        var since = _unpublished.Take();
        if (state.State.Info is { ParentId: null } && since is { } changedAt)
        {
            Telemetry.RollUpLag.Record((DateTimeOffset.UtcNow - changedAt).TotalSeconds);
        }
        _unreported.Note(since);
        SendToParent();
    }

    /// <summary>
    /// Keeps a child's report and notes its moment for the lag meter; false when it was not newer. The moment stays in
    /// memory with the report (the record has room for it either way) and is never stored (the compact rows leave it out).
    /// </summary>
    private bool ApplyChild(string childId, VersionedTotals report)
    {
        if (!state.State.Children.Apply(childId, report))
        {
            return false;
        }
        _unpublished.Note(report.ChangedAt);
        return true;
    }

    public async Task WriteBeforeLeavingAsync()
    {
        _persistTimer?.Dispose();
        _persistTimer = null;
        await WriteAfterInFlightAsync(closing: false);
    }

    /// <summary>
    /// A write within the interval; while the silo leaves, a change is written at once (no timer's write could run once
    /// the node deactivates), but a failed write is retried after the interval, not in a loop.
    /// </summary>
    private void SchedulePersist(bool afterFailure = false)
    {
        if (nodesOnThisSilo.Leaving && !afterFailure)
        {
            WriteAsync(closing: false).Ignore();
            return;
        }
        _persistTimer ??= this.RegisterGrainTimer(() =>
        {
            _persistTimer?.Dispose();
            _persistTimer = null;
            return WriteAsync(closing: false);
        }, new GrainTimerCreationOptions(PersistInterval, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private async Task<bool> WriteAsync(bool closing)
    {
        if (_writing || (!_unpersisted && !closing) || state.State.Info is null)
        {
            return true;
        }
        _writing = true;
        _unpersisted = false;
        var done = _nextPersist;
        _nextPersist = NewCompletion();
        _writeInFlight = done.Task;
        state.State.ClosedCleanly = closing;
        var written = false;
        try
        {
            await state.WriteStateAsync();
            done.TrySetResult();
            written = true;
        }
        catch (InconsistentStateException e) when (!closing)
        {
            done.TrySetException(e);
            await ReloadAsync(e);
        }
        catch (Exception e)
        {
            logger.NodeNotPersisted(e, Id, closing ? "" : "; retrying");
            _unpersisted = true;
            done.TrySetException(e);
        }
        finally
        {
            _writing = false;
        }
        if (_unpersisted && !closing)
        {
            SchedulePersist(afterFailure: !written);
        }
        return written;
    }

    /// <summary>
    /// Storage holds a newer write than this activation read: another activation wrote meanwhile, or an earlier write of
    /// this one went through although its answer was lost. Retrying with the old version would fail forever, so the node
    /// loads what storage holds and gathers again what it held on top: reports waiting for a write are failed (their
    /// households send them again) and child nodes are asked to report again.
    /// </summary>
    private async Task ReloadAsync(InconsistentStateException conflict)
    {
        logger.NodeWrittenElsewhere(conflict, Id);
        try
        {
            await state.ReadStateAsync();
        }
        catch (Exception e)
        {
            logger.NodeNotReloaded(e, Id);
            _unpersisted = true;
            return;
        }
        // Reports applied while the state was being read went into the replaced copy: none of them may be acknowledged.
        var waiting = _nextPersist;
        _nextPersist = NewCompletion();
        waiting.TrySetException(conflict);
        AskChildNodesToReport();
        MarkChanged();
    }

    private void AskChildNodesToReport()
    {
        foreach (var child in state.State.ChildNodes)
        {
            Node(child).ResendToParentAsync().Ignore();
        }
    }

    private void SendToParent()
    {
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
        DateTimeOffset? since = null;
        do
        {
            _parentStale = false;
            if (state.State.Info?.ParentId is not { } parentId)
            {
                return;
            }
            try
            {
                var sent = state.State.Version;
                since = _unreported.Take();
                var outrankedBy = await Node(parentId).ReportChildNodeTotalsAsync(Id, new VersionedTotals(sent, _totals, since));
                if (outrankedBy >= sent)
                {
                    // An earlier activation published a later version (one it never stored): count on from above it.
                    state.State.Version = Math.Max(state.State.Version, outrankedBy + 1);
                    _parentStale = true;
                }
            }
            catch (Exception e)
            {
                _unreported.Note(since);
                logger.NodeNotReported(e, Id, parentId);
                await Task.Delay(ParentRetry);
                _parentStale = true;
            }
        }
        while (_parentStale);
    }

    private static TaskCompletionSource NewCompletion() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
