using System.Collections.Concurrent;
using CollectionGrains.Kernel;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Organisation;

/// <summary>
/// The organisation nodes active on this silo. When the silo starts to leave, before its activations deactivate, each
/// node writes what it holds at once and from then on writes every change as it comes. A household's report waits for
/// the write that persists it; a write due by timer cannot run once the node deactivates, so without this the report
/// would wait until it gave up, and the node's deactivation with it.
/// </summary>
internal sealed partial class OrgNodesOnThisSilo(IGrainFactory grains, ILogger<OrgNodesOnThisSilo> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly TimeSpan WriteBudget = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, byte> _active = new(StringComparer.Ordinal);

    private volatile bool _leaving;

    /// <summary>The silo is leaving: nodes write each change straight away (read by the nodes' own threads).</summary>
    public bool Leaving => _leaving;

    public void Activated(string nodeId) => _active.TryAdd(nodeId, 0);

    public void Deactivated(string nodeId) => _active.TryRemove(nodeId, out _);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(OrgNodesOnThisSilo), ServiceLifecycleStage.Active, _ => Task.CompletedTask, LeaveAsync);

    private async Task LeaveAsync(CancellationToken cancellationToken)
    {
        _leaving = true;
        try
        {
            await InFlight.ForEachAsync([.. _active.Keys], 64, async id =>
            {
                await grains.GetGrain<IOrgNodeLeaving>(id).WriteBeforeLeavingAsync();
                return true;
            }).WaitAsync(WriteBudget, cancellationToken);
        }
        catch (Exception e)
        {
            // What is not written now is written on deactivation, as before.
            NotAllWritten(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every organisation node wrote its state before the silo left")]
    private partial void NotAllWritten(Exception exception);
}
