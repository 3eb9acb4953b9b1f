using CollectionGrains.Billing.Charges;
using CollectionGrains.Billing.Journal;
using CollectionGrains.Billing.Ledger;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Billing;

/// <summary>
/// A household's ledger. Each change runs the ledger rules, writes the state (the commit point: only then is the call
/// acknowledged), then copies the new facts to the Billing tables from the outbox kept in that same state.
/// </summary>
internal sealed partial class HouseholdGrain(
    [PersistentState(StoredHouseholds.StateName, Hosting.Storage.GroupCommitGrainStorage.Name)] IPersistentState<HouseholdState> state,
    BillingJournal journal,
    Customers.IGradeRule grades,
    BusinessClock clock,
    ILogger<HouseholdGrain> logger) : Grain, IHouseholdGrain, IIncomingGrainCallFilter
{
    private static readonly LateFeeSchedule StandardSchedule = LateFeeSchedule.Always(LateFeePolicy.Standard);
    private LateFeeSchedule _schedule = StandardSchedule;

    private string HouseholdId => this.GetPrimaryKeyString();

    private DateOnly Today => clock.Today;

    private HouseholdLedger Ledger => new(state.State.Ledger, _schedule);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Profile is { } profile)
        {
            _schedule = await GrainFactory.GetGrain<IBillingProjectGrain>(profile.ProjectId).GetPolicyScheduleAsync();
        }
        StartJournalFlush();
        ReportTotals();
    }

    /// <summary>
    /// Before each call, a state that only imports have written is read again: an import may have written it since this
    /// activation read it (<see cref="ImportedHouseholdBills"/>). The grain's first commit ends this.
    /// </summary>
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (state.State.WrittenByImport)
        {
            var commits = state.State.CommitCount;
            await state.ReadStateAsync();
            if (state.State.CommitCount != commits)
            {
                ReportTotals();
            }
        }
        await context.Invoke();
    }

    public async Task<bool> RegisterAsync(HouseholdProfile profile)
    {
        var problems = BillingInputRules.Problems(profile);
        if (problems.Count > 0 || profile.HouseholdId != HouseholdId)
        {
            throw LedgerRejectedException.BadInput($"household {HouseholdId}: {string.Join("; ", problems.DefaultIfEmpty("householdId does not match the grain"))}");
        }
        var changed = !profile.SameAs(state.State.Profile);
        if (changed)
        {
            await RequireBuildingAsync(profile.BuildingId);
            _schedule = await GrainFactory.GetGrain<IBillingProjectGrain>(profile.ProjectId).GetPolicyScheduleAsync();
            if (state.State.Profile is { } previous && previous.BuildingId != profile.BuildingId)
            {
                state.State.DepartedBuildingId = previous.BuildingId;
            }
            state.State.Profile = HouseholdState.Kept(profile);
            await CommitAsync([new JournalItem(JournalKind.Household, HouseholdId)]);
        }
        // Bill runs find households in billing.household: a registration is acknowledged only once it is there.
        if (_journalFlush is { } flush)
        {
            await flush;
        }
        if (state.State.PendingJournal.Count > 0)
        {
            throw new TimeoutException($"household {HouseholdId} is saved but not yet in billing.household; call again to confirm");
        }
        return changed;
    }

    /// <summary>A household counts in its building's totals, so it may only belong to a building that exists.</summary>
    private async Task RequireBuildingAsync(string buildingId)
    {
        var building = await Building(buildingId).GetAsync()
            ?? throw LedgerRejectedException.NotFound($"household {HouseholdId}: no building {buildingId}");
        if (building.Info.Level != OrgLevel.Building)
        {
            throw LedgerRejectedException.BadInput($"household {HouseholdId}: {buildingId} is a {building.Info.Level}, not a building");
        }
    }

    public Task<HouseholdProfile?> GetProfileAsync() => Task.FromResult(RegisteredProfile());

    public async Task RecordMeterReadingAsync(MeterReading reading)
    {
        RequireProfile();
        if (BillingInputRules.Problem(reading, state.State.MeterReadings, Today) is { } problem)
        {
            throw LedgerRejectedException.BadInput(problem);
        }
        state.State.MeterReadings.Add(reading);
        await CommitAsync([]);
    }

    public Task<HouseholdBillingResult> BillAsync(Period period, IReadOnlyList<ChargeItem> items) => BillPeriodsAsync([period], items);

    public async Task<HouseholdBillingResult> BillPeriodsAsync(IReadOnlyList<Period> periods, IReadOnlyList<ChargeItem> items)
    {
        var (drafts, skipped) = ChargeCalculator.DraftAll(items, RequireProfile(), periods, state.State.MeterReadings);
        var (fresh, already, refused) = Ledger.Triage(drafts);
        // A bill run reports a bill issued earlier with other content (a retroactive price change) and goes on.
        if (refused.FirstOrDefault(e => e.Code != LedgerErrorCode.Conflict) is { } badInput)
        {
            throw badInput;
        }
        return await IssueAsync(fresh, already, [.. skipped.Concat(refused.Select(e => e.Message)).Select(reason => $"{HouseholdId} {reason}")]);
    }

    public Task<IReadOnlyList<string>> CheckBillsAsync(IReadOnlyList<BillDraft> bills)
    {
        RequireProfile();
        return Task.FromResult<IReadOnlyList<string>>([.. Ledger.Triage(bills).Refused.Select(e => e.Message)]);
    }

    public async Task<HouseholdBillingResult> IssueBillsAsync(IReadOnlyList<BillDraft> bills)
    {
        RequireProfile();
        var (fresh, already, refused) = Ledger.Triage(bills);
        if (refused.Count > 0)
        {
            throw refused[0];
        }
        return await IssueAsync(fresh, already, []);
    }

    public async Task<PaymentReceipt> RecordPaymentAsync(PaymentRequest payment)
    {
        var profile = RequireProfile();
        var before = AllocationCounts();
        var (recorded, appliedNow) = Ledger.Pay(payment, Today, profile.MoveInDate);
        if (appliedNow)
        {
            await CommitAsync([new JournalItem(JournalKind.Payment, recorded.PaymentId), .. AllocationChangesSince(before)]);
            Telemetry.PaymentsRecorded.Add(1);
        }
        return Receipt(recorded, appliedNow);
    }

    public async Task<IReadOnlyList<PaymentReceipt>> RecordPaymentsAsync(IReadOnlyList<PaymentRequest> payments)
    {
        var profile = RequireProfile();
        var before = AllocationCounts();
        var receipts = new List<PaymentReceipt>();
        try
        {
            foreach (var payment in payments)
            {
                var (recorded, appliedNow) = Ledger.Pay(payment, Today, profile.MoveInDate);
                receipts.Add(Receipt(recorded, appliedNow));
            }
        }
        catch (LedgerRejectedException)
        {
            // Earlier payments of the batch changed memory only: drop it so storage (which has none of them) is reloaded.
            DropMemory();
            throw;
        }
        var applied = receipts.Where(r => r.AppliedNow).Select(r => new JournalItem(JournalKind.Payment, r.PaymentId)).ToList();
        if (applied.Count > 0)
        {
            await CommitAsync([.. applied, .. AllocationChangesSince(before)]);
            Telemetry.PaymentsRecorded.Add(applied.Count);
        }
        return receipts;
    }

    public async Task<PaymentReceipt> ReversePaymentAsync(string paymentId, string reason)
    {
        RequireProfile();
        var before = AllocationCounts();
        var (reversed, appliedNow) = Ledger.Reverse(paymentId, reason, Today);
        if (appliedNow)
        {
            await CommitAsync([new JournalItem(JournalKind.Reversal, paymentId), .. AllocationChangesSince(before)]);
        }
        return Receipt(reversed, appliedNow);
    }

    public Task<ArrearsStatement> GetArrearsAsync(DateOnly? asOf)
    {
        RequireProfile();
        return Task.FromResult(Ledger.Arrears(HouseholdId, asOf ?? Today));
    }

    public Task<IReadOnlyList<BillBalance>> GetBillsAsync(DateOnly? asOf)
    {
        RequireProfile();
        return Task.FromResult(Ledger.Balances(asOf ?? Today));
    }

    public Task<IReadOnlyList<PaymentReceipt>> GetPaymentsAsync() =>
        Task.FromResult<IReadOnlyList<PaymentReceipt>>(state.State.Ledger.Payments.Select(p => Receipt(p, appliedNow: false)).ToList());

    public Task<Totals> GetContributionAsync()
    {
        return Task.FromResult(Contribution(RequireProfile(), Today));
    }

    public async Task RefreshTotalsAsync()
    {
        RequireProfile();
        ReportTotals();
        SignalCase(Collection.ArrearsCause.Day);
        await _totalsReport;
    }

    public Task UseLateFeeScheduleAsync(LateFeeSchedule schedule)
    {
        _schedule = schedule;
        return Task.CompletedTask;
    }

    public async Task ResendTotalsAsync()
    {
        RequireProfile();
        _reportedTotals = null;
        await CommitAsync([]);
        await _totalsReport;
    }

    private async Task<HouseholdBillingResult> IssueAsync(List<BillDraft> issuable, int alreadyIssued, IReadOnlyList<string> skipped)
    {
        if (issuable.Count > 0)
        {
            var before = AllocationCounts();
            var ledger = Ledger;
            foreach (var draft in issuable)
            {
                ledger.Issue(draft, Today);
            }
            await CommitAsync([.. issuable.Select(d => new JournalItem(JournalKind.Bill, d.BillId)), .. AllocationChangesSince(before)]);
        }
        return new HouseholdBillingResult(issuable.Count, alreadyIssued, skipped);
    }

    private HouseholdProfile RequireProfile() =>
        RegisteredProfile() ?? throw LedgerRejectedException.NotFound($"household {HouseholdId} is not registered");

    /// <summary>
    /// The profile, or null for a household not registered, whose activation then does not stay: an import may store
    /// the household's state in bulk (<see cref="NewHouseholds"/>), and the next call must read it.
    /// </summary>
    private HouseholdProfile? RegisteredProfile()
    {
        if (state.State.Profile is null)
        {
            DeactivateOnIdle();
        }
        return state.State.Profile;
    }

    private PaymentReceipt Receipt(LedgerPayment payment, bool appliedNow) => new(
        payment.PaymentId, HouseholdId, payment.Amount, appliedNow, payment.Reversed,
        [.. payment.Allocations], payment.PrepaidAfter, payment.ArrearsAfter, payment.Channel, payment.PaidAt);

    private Dictionary<string, int> AllocationCounts() =>
        state.State.Ledger.Payments.ToDictionary(p => p.PaymentId, p => p.Allocations.Length);

    private IEnumerable<JournalItem> AllocationChangesSince(Dictionary<string, int> before) =>
        state.State.Ledger.Payments
            .Where(p => before.TryGetValue(p.PaymentId, out var count) && count != p.Allocations.Length)
            .Select(p => new JournalItem(JournalKind.Allocations, p.PaymentId))
            .ToList();

    /// <summary>
    /// Writes the state with the new facts in its outbox: the commit point, after which the call is acknowledged.
    /// On failure the activation is dropped so memory never runs ahead of storage. The outbox is then copied to the
    /// Billing tables without holding up the caller.
    /// </summary>
    private async Task CommitAsync(IReadOnlyList<JournalItem> facts)
    {
        state.State.PendingJournal.AddRange(facts);
        state.State.CommitCount++;
        state.State.WrittenByImport = false;
        var write = state.WriteStateAsync();
        _stateWrite = write;
        try
        {
            await write;
        }
        catch
        {
            DropMemory();
            throw;
        }
        StartJournalFlush();
        ReportTotals();
        SignalCase(CauseOf(facts));
    }

    private IOrgNodeGrain Building(string buildingId) => GrainFactory.GetGrain<IOrgNodeGrain>(buildingId);

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_journalFlush is { } flush)
        {
            await flush.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
        }
        // News for the collection case goes out before the activation does (it is not sent again on activation), for a
        // moment at most: while the silo shuts down no case may be placed, and the daily refresh tells it later.
        _deactivating = true;
        if (!_caseSignal.IsCompleted)
        {
            await _caseSignal.WaitAsync(DeactivationSignalWait, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
        }
        // The state goes with the activation; a report still retrying stops (the next activation reports afresh).
        _memoryDropped = true;
    }
}
