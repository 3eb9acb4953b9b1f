using CollectionGrains.Collection;
using CollectionGrains.Organisation;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>
/// The warnings raised or climbing at or below a node, as a stream. It rides on the node's totals: a warning raised or
/// climbing changes the totals' warning counts, and each change of the totals reads the warnings changed since the
/// last one passed on. A case writes its rows before it reports its figures, so the first read finds them; the reads
/// 1 s and 3 s later catch a row whose write had to be retried. No polling while nothing changes.
/// </summary>
internal sealed class WarningFeed(IGrainFactory grains, string nodeId) : IObservable<Warning>
{
    private static readonly TimeSpan[] ReadAgain = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    public IDisposable Subscribe(IObserver<Warning> observer) => new Watch(grains, nodeId, observer);

    private sealed class Watch : IObserver<Totals>, IDisposable
    {
        private readonly IWarningListGrain _list;
        private readonly IObserver<Warning> _subscriber;
        private readonly SemaphoreSlim _reading = new(1, 1);
        private readonly CancellationTokenSource _stop = new();
        private readonly TotalsWatch _totals;
        private DateTimeOffset _seen = DateTimeOffset.UtcNow;

        public Watch(IGrainFactory grains, string nodeId, IObserver<Warning> subscriber)
        {
            _list = grains.GetGrain<IWarningListGrain>(nodeId);
            _subscriber = subscriber;
            _totals = new TotalsWatch(grains, nodeId, this);
        }

        public void OnNext(Totals value)
        {
            foreach (var delay in ReadAgain)
            {
                _ = ReadAsync(delay);
            }
        }

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }

        public void Dispose()
        {
            _stop.Cancel();
            _totals.Dispose();
        }

        private async Task ReadAsync(TimeSpan delay)
        {
            try
            {
                await Task.Delay(delay, _stop.Token);
                await _reading.WaitAsync(_stop.Token);
                try
                {
                    foreach (var warning in await _list.GetChangedSinceAsync(_seen))
                    {
                        _seen = warning.ChangedAt > _seen ? warning.ChangedAt : _seen;
                        _subscriber.OnNext(warning);
                    }
                }
                finally
                {
                    _reading.Release();
                }
            }
            catch (OperationCanceledException)
            {
                // Unsubscribed.
            }
            catch (Exception)
            {
                // A read that failed is made good by the next change's reads.
            }
        }
    }
}
