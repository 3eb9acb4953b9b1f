using CollectionGrains.Organisation;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>A node's totals as a stream: each subscriber watches the node grain through its own observer reference.</summary>
internal sealed class TotalsFeed(IGrainFactory grains, string nodeId) : IObservable<Totals>
{
    public IDisposable Subscribe(IObserver<Totals> observer) => new TotalsWatch(grains, nodeId, observer);
}
