using CollectionGrains.Kernel;
using Orleans.Concurrency;

namespace CollectionGrains.Billing;

/// <summary>A project's billing setup (key: project id): late-fee policy, charge items, and its bill runs.</summary>
public interface IBillingProjectGrain : IGrainWithStringKey
{
    Task SetPolicyAsync(LateFeePolicy policy);

    [AlwaysInterleave]
    Task<LateFeePolicy> GetPolicyAsync();

    Task SetChargeItemAsync(ChargeItem item);

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
