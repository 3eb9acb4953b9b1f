using CollectionGrains.Organisation;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>
/// One subscriber's watch on a node. The node forgets watchers after a lease and when it is deactivated or moved, so the
/// watch renews itself every <see cref="Renewal"/>; a renewal also re-sends the current totals, and only versions newer
/// than the last one passed on reach the subscriber. Disposing it unwatches and releases the observer reference.
/// </summary>
internal sealed class TotalsWatch : ITotalsObserver, IDisposable
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);

    private readonly IGrainFactory _grains;
    private readonly IOrgNodeGrain _node;
    private readonly IObserver<Totals> _subscriber;
    private readonly ITotalsObserver _reference;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private long _lastVersion = -1;

    public TotalsWatch(IGrainFactory grains, string nodeId, IObserver<Totals> subscriber)
    {
        _grains = grains;
        _node = grains.GetGrain<IOrgNodeGrain>(nodeId);
        _subscriber = subscriber;
        _reference = grains.CreateObjectReference<ITotalsObserver>(this);
        _ = RenewAsync();
    }

    public void TotalsChanged(string nodeId, long version, Totals totals)
    {
        lock (_gate)
        {
            if (version <= _lastVersion || _stop.IsCancellationRequested)
            {
                return;
            }
            _lastVersion = version;
            _subscriber.OnNext(totals);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }
            _stop.Cancel();
        }
        _ = _node.UnwatchAsync(_reference).ContinueWith(_ => _grains.DeleteObjectReference<ITotalsObserver>(_reference), TaskScheduler.Default);
    }

    private async Task RenewAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _node.WatchAsync(_reference);
                await Task.Delay(Renewal, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception)
            {
                // The node's silo may be going away; the next renewal finds its new activation.
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        }
    }
}
