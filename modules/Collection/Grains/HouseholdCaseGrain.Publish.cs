using CollectionGrains.Collection.Cases;
using CollectionGrains.Collection.Journal;
using CollectionGrains.Organisation;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Collection;

/// <summary>
/// How a case commits and what it does after its commit point, in the background: copy its outbox to the Collection
/// tables, report its figures to its building (a facet of the household's place in the building), and tell its project
/// and the collectors it concerns (one way: what they hold is also in the tables they load from). All of it reads the state only while no write is under way, and stops once memory
/// was dropped after a failed write.
/// </summary>
internal sealed partial class HouseholdCaseGrain
{
    private const string Facet = "collection";
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    private Task _stateWrite = Task.CompletedTask;
    private bool _memoryDropped;
    private Task? _journalFlush;
    private IGrainTimer? _journalRetryTimer;
    private Totals? _reportedFigures;
    private long _reportedVersion;
    private Task _figuresReport = Task.CompletedTask;

    private HouseholdCase Case() => new(HouseholdId, state.State, _policy);

    /// <summary>
    /// Runs a change; the rules refuse before changing anything. A change that refuses after applying the ledger's
    /// position (a contact for a household that has just paid) commits what the position changed, then refuses.
    /// </summary>
    private async Task<T> ChangeAsync<T>(Func<HouseholdCase, T> change, CollectionPolicy? policy = null)
    {
        policy ??= await PolicyAsync();
        var before = state.State.Collector;
        var @case = new HouseholdCase(HouseholdId, state.State, policy);
        try
        {
            var result = change(@case);
            @case.EvaluateWarnings(clock.Now);
            if (@case.Changed)
            {
                await CommitAsync(@case.Facts, before);
            }
            return result;
        }
        catch (CollectionRejectedException) when (@case.Changed)
        {
            await CommitAsync(@case.Facts, before);
            throw;
        }
    }

    private async Task CommitAsync(IReadOnlyList<CaseJournalItem> facts, string? collectorBefore)
    {
        state.State.PendingJournal.AddRange(facts.Distinct());
        state.State.CommitCount++;
        var write = state.WriteStateAsync();
        _stateWrite = write;
        try
        {
            await write;
        }
        catch
        {
            _memoryDropped = true;
            DeactivateOnIdle();
            throw;
        }
        StartJournalFlush();
        Publish(pushSummary: true, collectorBefore);
        TellLedgerOfContacts();
    }

    /// <summary>Reports the figures of the day (when they changed) and, when asked, tells the project and collectors of the new summary.</summary>
    private void Publish(bool pushSummary, string? collectorBefore = null)
    {
        if (state.State.BuildingId is not { } buildingId || _memoryDropped)
        {
            return;
        }
        var today = clock.Today;
        var figures = CaseFigures.Of(state.State, today);
        var version = (state.State.CommitCount << 20) + today.DayNumber;
        // A case that never had a figure to show is held by no building (most households in arrears have none until contacted).
        var nothingToShow = state.State.ReportedBuildingId is null && figures.SameAs(Totals.Zero);
        if (!nothingToShow && (_reportedFigures is null || !_reportedFigures.SameAs(figures) || state.State.ReportedBuildingId != buildingId))
        {
            _reportedFigures = figures;
            _reportedVersion = version;
            _figuresReport = ReportFiguresAsync(buildingId, new VersionedTotals(version, figures));
        }
        if (pushSummary)
        {
            var summary = CaseViews.Summary(HouseholdId, state.State, today);
            Project(summary.ProjectId).CaseChangedAsync(summary).Ignore();
            foreach (var collector in new[] { summary.Collector, collectorBefore }.OfType<string>().Distinct())
            {
                Collector(collector).CaseChangedAsync(summary).Ignore();
            }
        }
    }

    private async Task ReportFiguresAsync(string buildingId, VersionedTotals report)
    {
        try
        {
            await _figuresReport.ContinueWith(_ => { }, TaskScheduler.Current);
            // The rows first, then the figures: whoever sees a warning or a contact counted can already list it
            // (the live warning feed reads the rows when the totals move). A failed flush retries on its own timer.
            if (_journalFlush is { } flush)
            {
                await flush.ContinueWith(_ => { }, TaskScheduler.Current);
            }
            for (var attempt = 0; report.Version == _reportedVersion && await MemoryMatchesStorageAsync(); attempt++)
            {
                try
                {
                    var key = ChildKey.Facet(HouseholdId, Facet);
                    await GrainFactory.GetGrain<IOrgNodeGrain>(buildingId).ReportChildTotalsAsync(key, report);
                    if (state.State.ReportedBuildingId is { } left && left != buildingId)
                    {
                        await GrainFactory.GetGrain<IOrgNodeGrain>(left).RemoveChildAsync(key, report.Version);
                    }
                    state.State.ReportedBuildingId = buildingId;
                    return;
                }
                catch (Exception e) when (!_memoryDropped)
                {
                    logger.CaseNotReported(e, HouseholdId, buildingId, attempt + 1);
                    await Task.Delay(Retry);
                }
                catch (Exception)
                {
                    return; // the activation ended: the next one reports afresh
                }
            }
        }
        finally
        {
            // The latest report, once done, is not kept: its task would hold this method's state per case.
            if (report.Version == _reportedVersion)
            {
                _figuresReport = Task.CompletedTask;
            }
        }
    }


    private async Task<bool> MemoryMatchesStorageAsync()
    {
        while (!_stateWrite.IsCompleted)
        {
            await _stateWrite.ContinueWith(_ => { }, TaskScheduler.Current);
        }
        return !_memoryDropped;
    }

    private void StartJournalFlush()
    {
        if (_journalFlush is null)
        {
            var flush = FlushJournalAsync();
            _journalFlush = flush.IsCompleted ? null : flush;
        }
    }

    /// <summary>Copies the outbox to the Collection tables until it is empty; a failure is retried on a timer.</summary>
    private async Task FlushJournalAsync()
    {
        try
        {
            while (await MemoryMatchesStorageAsync() && state.State.PendingJournal.Count > 0)
            {
                var pending = state.State.PendingJournal.ToList();
                try
                {
                    await journal.WriteAsync(HouseholdId, state.State, CaseViews.Summary(HouseholdId, state.State, clock.Today), pending);
                    if (!await MemoryMatchesStorageAsync())
                    {
                        return;
                    }
                    state.State.PendingJournal.RemoveRange(0, pending.Count);
                    _journalRetryTimer?.Dispose();
                    _journalRetryTimer = null;
                }
                catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
                {
                    logger.CollectionJournalPending(e, HouseholdId);
                    _journalRetryTimer ??= this.RegisterGrainTimer(() =>
                    {
                        StartJournalFlush();
                        return _journalFlush ?? Task.CompletedTask;
                    }, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
                    return;
                }
            }
        }
        finally
        {
            // A finished copy is not kept, nor the room of an empty outbox.
            _journalFlush = null;
            if (state.State.PendingJournal.Count == 0)
            {
                state.State.PendingJournal.TrimExcess();
            }
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_journalFlush is { } flush)
        {
            await flush.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
        }
        _memoryDropped = true;
    }
}
