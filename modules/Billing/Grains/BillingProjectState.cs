namespace CollectionGrains.Billing;

/// <summary>What a project's billing grain stores: its policy, its charge items and the bill runs it completed.</summary>
internal sealed class BillingProjectState
{
    public LateFeePolicy Policy { get; set; } = LateFeePolicy.Standard;

    public List<ChargeItem> Items { get; init; } = [];

    public Dictionary<string, BillRunResult> CompletedRuns { get; init; } = [];
}
