using CollectionGrains.Billing.Journal;
using CollectionGrains.Billing.Ledger;
using CollectionGrains.Collection;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Billing;

/// <summary>
/// What a household tells its collection case: after each commit, and at the daily refresh, if what it owes or has paid
/// changed since the case last acknowledged, it sends its position in the background until the case acknowledges (an
/// activation ends only once its news is out; activating sends nothing, so a restart wakes no case). A household never
/// in arrears has no case to tell. The first news waits a moment: a history loaded in one go (bills,
/// then the payments that settle them) opens no task for a household that ends up owing nothing. Signals are versioned
/// like the totals, so a repeated one changes nothing.
/// </summary>
internal sealed partial class HouseholdGrain
{
    private static readonly TimeSpan SignalRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstSignalDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan DeactivationSignalWait = TimeSpan.FromSeconds(3);
    private bool _deactivating;
    private Task _caseSignal = Task.CompletedTask;
    private bool _signalStale;
    private ArrearsCause _signalCause;

    /// <summary>
    /// The position, for the case (which reads it when a contact or an import comes before the household's own news).
    /// From then on the case knows the household: the first time, this is remembered as told, so that paying off the
    /// arrears is news the case hears even if the household had never told it anything.
    /// </summary>
    public async Task<LedgerPosition> GetPositionAsync()
    {
        var position = Position(RequireProfile());
        if (state.State.CaseSignalled is null && position.Owed > 0 && await MemoryMatchesStorageAsync())
        {
            state.State.CaseSignalled = CaseNews.Signal(position, ArrearsCause.Day, clock.Now);
            await CommitAsync([]);
        }
        return position;
    }

    private LedgerPosition Position(HouseholdProfile profile) => CaseNews.Position(profile, Ledger, state.State.CommitCount, Today, _grade);

    /// <summary>Sends the position to the case if it is news; a send under way picks up the latest position when it is done.</summary>
    private void SignalCase(ArrearsCause cause)
    {
        // A household that owes nothing (its contribution was just worked out) and never told its case has no news.
        if (state.State.Profile is null || (state.State.CaseSignalled is null && _reportedTotals is { HouseholdsInArrears: 0 }))
        {
            return;
        }
        _signalCause = cause;
        if (!_caseSignal.IsCompleted)
        {
            _signalStale = true;
            return;
        }
        _caseSignal = SendSignalAsync();
    }

    private async Task SendSignalAsync()
    {
        try
        {
            if (state.State.CaseSignalled is null)
            {
                await Task.Delay(FirstSignalDelay);
            }
            do
            {
                _signalStale = false;
                if (!await MemoryMatchesStorageAsync() || state.State.Profile is not { } profile)
                {
                    return;
                }
                var signal = CaseNews.Signal(Position(profile), _signalCause, clock.Now);
                if (!signal.Differs(state.State.CaseSignalled))
                {
                    continue;
                }
                try
                {
                    await GrainFactory.GetGrain<IHouseholdCaseGrain>(HouseholdId).ApplyArrearsAsync(signal);
                    state.State.CaseSignalled = signal;
                }
                catch (Exception) when (_deactivating)
                {
                    return;
                }
                catch (Exception e)
                {
                    logger.CaseNotTold(e, HouseholdId);
                    await Task.Delay(SignalRetry);
                    _signalStale = true;
                }
            }
            while (_signalStale);
        }
        finally
        {
            // Only one send runs at a time; once done, its task is not kept (see SendTotalsAsync).
            _caseSignal = Task.CompletedTask;
        }
    }

    /// <summary>What a commit's facts did to the household's money, as the case is told.</summary>
    private static ArrearsCause CauseOf(IReadOnlyList<JournalItem> facts) =>
        facts.Any(f => f.Kind == JournalKind.Waiver) ? ArrearsCause.Waiver
        : facts.Any(f => f.Kind == JournalKind.Reversal) ? ArrearsCause.Reversal
        : facts.Any(f => f.Kind == JournalKind.Payment) ? ArrearsCause.Payment
        : facts.Any(f => f.Kind == JournalKind.Bill) ? ArrearsCause.Bill
        : facts.Any(f => f.Kind == JournalKind.Household) ? ArrearsCause.Registration
        : ArrearsCause.Day;
}
