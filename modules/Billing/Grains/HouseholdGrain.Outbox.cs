using CollectionGrains.Billing.Ledger;
using CollectionGrains.Organisation;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Billing;

/// <summary>
/// What a household does after its commit point, in the background: it copies its outbox to the Billing tables and
/// reports its totals to its building. Both read the state in memory, which runs ahead of storage while a write is under
/// way (and for good when it fails), so they read only once no write is under way and stop once memory is dropped.
/// </summary>
internal sealed partial class HouseholdGrain
{
    private static readonly TimeSpan JournalRetry = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan TotalsRetry = TimeSpan.FromSeconds(1);
    private Task _stateWrite = Task.CompletedTask;
    private bool _memoryDropped;
    private IGrainTimer? _journalRetryTimer;
    private Task? _journalFlush;
    private Task _totalsReport = Task.CompletedTask;
    private long _reportsSent;
    private Totals? _reportedTotals;

    /// <summary>
    /// Memory holds changes that storage does not (a failed write, a half-applied batch): nothing more is read from it,
    /// and the activation is dropped so that the next call loads what storage holds.
    /// </summary>
    private void DropMemory()
    {
        _memoryDropped = true;
        DeactivateOnIdle();
    }

    /// <summary>
    /// Waits until no write of the state is under way, so that memory holds what storage holds; false once memory was
    /// dropped or the activation ended. Work in the background calls it after each of its awaits, before it reads the
    /// state again.
    /// </summary>
    private async Task<bool> MemoryMatchesStorageAsync()
    {
        while (!_stateWrite.IsCompleted)
        {
            try
            {
                await _stateWrite;
            }
            catch (Exception)
            {
                // The caller of the write was told; memory is dropped.
            }
        }
        return !_memoryDropped;
    }

    /// <summary>
    /// Sends this household's contribution to its building in the background, unless it is unchanged. It does not wait
    /// for an earlier report's acknowledgement (which comes once the building has persisted it): the newer report is
    /// shown at once, and the versions keep the building from going back to an older one.
    /// </summary>
    private void ReportTotals()
    {
        if (state.State.Profile is not { } profile)
        {
            return;
        }
        var today = Today;
        var totals = Contribution(profile, today);
        var departed = state.State.DepartedBuildingId;
        if (_reportedTotals is not null && _reportedTotals.SameAs(totals) && departed is null)
        {
            return;
        }
        _reportedTotals = totals;
        var report = new VersionedTotals(new HouseholdReportVersion(state.State.CommitCount, today).Value, totals, DateTimeOffset.UtcNow);
        _totalsReport = SendTotalsAsync(++_reportsSent, profile.BuildingId, departed, report);
    }

    /// <summary>Completes once this report, or a later one that carries its news, is acknowledged.</summary>
    private async Task SendTotalsAsync(long sequence, string buildingId, string? departed, VersionedTotals report)
    {
        try
        {
            await Building(buildingId).ReportChildTotalsAsync(HouseholdId, report);
            if (departed is not null && departed != buildingId)
            {
                await Building(departed).RemoveChildAsync(HouseholdId, report.Version);
            }
            if (await MemoryMatchesStorageAsync() && state.State.DepartedBuildingId == departed)
            {
                state.State.DepartedBuildingId = null;
            }
        }
        catch (Exception e) when (e is not LedgerRejectedException)
        {
            logger.HouseholdNotReported(e, HouseholdId, buildingId);
            await Task.Delay(TotalsRetry);
            if (!await MemoryMatchesStorageAsync())
            {
                return;
            }
            if (sequence == _reportsSent)
            {
                _reportedTotals = null;
                ReportTotals();
            }
            if (sequence != _reportsSent)
            {
                await _totalsReport;
            }
        }
        finally
        {
            // A finished report is not kept: its task would hold this method's state (about 300 bytes) per household.
            if (sequence == _reportsSent)
            {
                _totalsReport = Task.CompletedTask;
            }
        }
    }

    /// <summary>Copies the outbox to the Billing tables until it is empty; a failure is retried on a timer.</summary>
    private async Task FlushJournalAsync()
    {
        try
        {
            while (await MemoryMatchesStorageAsync() && state.State.PendingJournal.Count > 0)
            {
                // Only this loop removes items, and new ones are only appended, so the first Count are the ones written.
                var pending = state.State.PendingJournal.ToList();
                try
                {
                    await journal.WriteAsync(state.State, pending);
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
                    // The facts are safe in the grain state; they reach the tables on the next try.
                    logger.BillingJournalPending(e, HouseholdId);
                    _journalRetryTimer ??= this.RegisterGrainTimer(() =>
                    {
                        StartJournalFlush();
                        return _journalFlush ?? Task.CompletedTask;
                    }, JournalRetry, JournalRetry);
                    return;
                }
            }
        }
        finally
        {
            // A finished copy is not kept (see SendTotalsAsync), nor the room of an empty outbox.
            _journalFlush = null;
            if (state.State.PendingJournal.Count == 0)
            {
                state.State.PendingJournal.TrimExcess();
            }
        }
    }

    /// <summary>Starts copying the outbox unless a copy is under way (it loops until the outbox is empty).</summary>
    private void StartJournalFlush()
    {
        if (_journalFlush is null)
        {
            var flush = FlushJournalAsync();
            _journalFlush = flush.IsCompleted ? null : flush;
        }
    }
}
