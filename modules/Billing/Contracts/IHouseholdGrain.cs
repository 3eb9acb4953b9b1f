using CollectionGrains.Kernel;

namespace CollectionGrains.Billing;

/// <summary>
/// One household's ledger (key: household id): the unit of consistency for its money. Every change is written to
/// PostgreSQL before the call returns; refused calls throw <see cref="LedgerRejectedException"/> and change nothing.
/// </summary>
public interface IHouseholdGrain : IGrainWithStringKey
{
    /// <summary>Registers or updates the household; false when it was registered with this very profile already.</summary>
    Task<bool> RegisterAsync(HouseholdProfile profile);

    Task<HouseholdProfile?> GetProfileAsync();

    Task RecordMeterReadingAsync(MeterReading reading);

    /// <summary>Bills this household for a period under its project's charge items (called by the bill run).</summary>
    Task<HouseholdBillingResult> BillAsync(Period period, IReadOnlyList<ChargeItem> items);

    /// <summary>What <see cref="IssueBillsAsync"/> would refuse (a bill already issued with other content), changing nothing.</summary>
    Task<IReadOnlyList<string>> CheckBillsAsync(IReadOnlyList<BillDraft> bills);

    /// <summary>
    /// Bills several periods in one write, under the same rules as <see cref="BillAsync"/> (loading history, e.g. the
    /// demo group's 24 months).
    /// </summary>
    Task<HouseholdBillingResult> BillPeriodsAsync(IReadOnlyList<Period> periods, IReadOnlyList<ChargeItem> items);

    /// <summary>
    /// Records several payments in order in one write, each under the same rules as <see cref="RecordPaymentAsync"/>;
    /// if one is refused, none is recorded.
    /// </summary>
    Task<IReadOnlyList<PaymentReceipt>> RecordPaymentsAsync(IReadOnlyList<PaymentRequest> payments);

    /// <summary>Issues given bills, e.g. opening arrears imported from a previous system.</summary>
    Task<HouseholdBillingResult> IssueBillsAsync(IReadOnlyList<BillDraft> bills);

    Task<PaymentReceipt> RecordPaymentAsync(PaymentRequest payment);

    Task<PaymentReceipt> ReversePaymentAsync(string paymentId, string reason);

    Task<WaiverReceipt> WaiveAsync(WaiverRequest waiver);

    /// <summary>A second person approves a waiver above the project's limit: it is applied now, as of its own day.</summary>
    Task<WaiverReceipt> ApproveWaiverAsync(string waiverId, string approver);

    Task<ArrearsStatement> GetArrearsAsync(DateOnly? asOf);

    /// <summary>What the household owes today and has paid in all (what its collection case follows).</summary>
    Task<LedgerPosition> GetPositionAsync();

    Task<IReadOnlyList<BillBalance>> GetBillsAsync(DateOnly? asOf);

    Task<IReadOnlyList<PaymentReceipt>> GetPaymentsAsync();

    /// <summary>What this household adds to its building's totals today, computed afresh from the ledger.</summary>
    Task<CollectionGrains.Organisation.Totals> GetContributionAsync();

    /// <summary>Reports the contribution if it changed since the last report, e.g. because a day passed (late fees, ages, a new month).</summary>
    Task RefreshTotalsAsync();

    /// <summary>The project's late-fee schedule changed (only from a later day on): the household uses it from now.</summary>
    Task UseLateFeeScheduleAsync(LateFeeSchedule schedule);

    /// <summary>Reports the contribution again under a new version (a repair step of reconciliation).</summary>
    Task ResendTotalsAsync();

    /// <summary>The collection case's news of contacts and complaints (versioned: an older one changes nothing).</summary>
    Task ApplyContactFactsAsync(Customers.ContactFacts facts);

    /// <summary>Sets (or with null, clears) a supervisor's grade in place of the automatic one; the automatic one stays visible.</summary>
    Task<Customers.CreditAssessment> OverrideGradeAsync(Customers.GradeOverride? gradeOverride);

    /// <summary>The grade and credit as of now, scored with the group's latest model.</summary>
    Task<Customers.CreditAssessment> GetCreditAsync();
}
