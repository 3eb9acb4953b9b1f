using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.GraphQL.Schema.Targets;

/// <summary>A node's target progress as a stream: it rides on the node's totals, reading the target afresh on each change.</summary>
internal sealed class TargetFeed(IGrainFactory grains, string nodeId, Period period) : IObservable<TargetProgress?>
{
    public IDisposable Subscribe(IObserver<TargetProgress?> observer) => new Watch(grains, nodeId, period, observer);

    private sealed class Watch : IObserver<Totals>, IDisposable
    {
        private readonly IOrgNodeGrain _node;
        private readonly Period _period;
        private readonly IObserver<TargetProgress?> _subscriber;
        private readonly SemaphoreSlim _reading = new(1, 1);
        private readonly TotalsWatch _totals;

        public Watch(IGrainFactory grains, string nodeId, Period period, IObserver<TargetProgress?> subscriber)
        {
            _node = grains.GetGrain<IOrgNodeGrain>(nodeId);
            _period = period;
            _subscriber = subscriber;
            _totals = new TotalsWatch(grains, nodeId, this);
        }

        public void OnNext(Totals value) => _ = ReadAsync();

        public void OnError(Exception error) => _subscriber.OnError(error);

        public void OnCompleted() => _subscriber.OnCompleted();

        public void Dispose() => _totals.Dispose();

        private async Task ReadAsync()
        {
            await _reading.WaitAsync();
            try
            {
                _subscriber.OnNext(await _node.GetTargetAsync(_period));
            }
            catch (Exception)
            {
                // The next change of the totals reads again.
            }
            finally
            {
                _reading.Release();
            }
        }
    }
}
