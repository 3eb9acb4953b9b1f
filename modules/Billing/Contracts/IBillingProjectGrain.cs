using CollectionGrains.Kernel;
using Orleans.Concurrency;

namespace CollectionGrains.Billing;

/// <summary>A project's billing setup (key: project id): late-fee policy, charge items, and its bill runs.</summary>
public interface IBillingProjectGrain : IGrainWithStringKey
{
    /// <summary>Sets the policy for all time (setting a project up); a change of a running project is scheduled instead.</summary>
    Task SetPolicyAsync(LateFeePolicy policy);

    /// <summary>The policy from a later day on (days already accrued keep their rate); every household of the project uses it at once.</summary>
    Task<LateFeeSchedule> SchedulePolicyAsync(LateFeePolicy policy, DateOnly effectiveFrom);

    /// <summary>The policy in effect today.</summary>
    [AlwaysInterleave]
    Task<LateFeePolicy> GetPolicyAsync();

    [AlwaysInterleave]
    Task<LateFeeSchedule> GetPolicyScheduleAsync();

    /// <summary>Sets one item with its whole price history, replacing every version of its code (setting a project up).</summary>
    Task SetChargeItemAsync(ChargeItem item);

    /// <summary>
    /// New terms of some items from the first day of a month not yet billed on: periods from then on bill by them, earlier
    /// ones by the versions before. A bill run under way finishes with the terms it started with.
    /// </summary>
    Task<IReadOnlyList<ChargeItem>> SetChargeItemsAsync(IReadOnlyList<ChargeItem> items, DateOnly effectiveFrom);

    /// <summary>Why <see cref="SetChargeItemsAsync"/> would refuse these items, or null (an import checks every project first).</summary>
    [AlwaysInterleave]
    Task<string?> CheckChargeItemsAsync(IReadOnlyList<ChargeItem> items, DateOnly effectiveFrom);

    [AlwaysInterleave]
    Task<IReadOnlyList<ChargeItem>> GetChargeItemsAsync();

    /// <summary>Bills every household of the project for the period; idempotent, and resumable after an interruption.</summary>
    [ResponseTimeout("00:30:00")]
    Task<BillRunResult> RunBillingAsync(Period period);

    /// <summary>
    /// Has every household of the project report its totals again if the date alone changed them (late fees accrue,
    /// arrears age, a month ends). A daily reminder (00:10 China time) calls it; returns the households visited.
    /// </summary>
    [ResponseTimeout("00:30:00")]
    Task<int> RefreshTotalsAsync();
}
