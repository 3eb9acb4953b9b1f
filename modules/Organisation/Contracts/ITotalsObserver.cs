namespace CollectionGrains.Organisation;

/// <summary>A watcher of a node's totals (the live dashboard, GraphQL subscriptions).</summary>
public interface ITotalsObserver : IGrainObserver
{
    void TotalsChanged(string nodeId, long version, Totals totals);
}
