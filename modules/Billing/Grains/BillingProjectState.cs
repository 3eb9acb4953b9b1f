namespace CollectionGrains.Billing;

/// <summary>What a project's billing grain stores: its policy, its charge items and the bill runs it completed.</summary>
internal sealed class BillingProjectState
{
    /// <summary>The policy for all time, until a change is scheduled.</summary>
    public LateFeePolicy Policy { get; set; } = LateFeePolicy.Standard;

    /// <summary>The policies over time once a change was scheduled (null: <see cref="Policy"/> throughout).</summary>
    public LateFeeSchedule? Schedule { get; set; }

    /// <summary>Every version of every charge item: each in effect from its first price's date.</summary>
    public List<ChargeItem> Items { get; init; } = [];

    public Dictionary<string, BillRunResult> CompletedRuns { get; init; } = [];
}
