namespace CollectionGrains.Billing;

/// <summary>
/// Recomputes a subtree (key: node id) from its households' ledgers and compares with the totals the buildings hold
/// and every node's own sum; reports each difference and, when asked, repairs it (households report again under a new
/// version, buildings drop households that are not theirs, nodes recompute and report up).
/// </summary>
public interface IReconciliationGrain : IGrainWithStringKey
{
    [ResponseTimeout("00:30:00")]
    Task<ReconciliationReport> ReconcileAsync(bool repair);
}
