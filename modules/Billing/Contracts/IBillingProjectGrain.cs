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
}
