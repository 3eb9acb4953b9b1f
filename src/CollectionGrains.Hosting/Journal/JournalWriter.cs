using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CollectionGrains.Hosting.Journal;

/// <summary>
/// Group commit for a module's plain tables: rows from many grains wait here for at most one round trip and are written
/// together in one transaction. When a combined write fails, each grain's rows are retried on their own, so one bad write
/// fails only its own caller. It runs in the silo lifecycle at the storage stage: started before any grain runs and
/// stopped (after draining) only once every grain has deactivated and flushed its outbox. Each commit also appends the
/// households whose facts it changed to the change feed (<see cref="ChangeFeed"/>), in the same transaction.
/// </summary>
public sealed class JournalWriter<TBatch>(NpgsqlDataSource database, ILogger<JournalWriter<TBatch>> logger) : ILifecycleParticipant<ISiloLifecycle>
    where TBatch : IJournalBatch<TBatch>, new()
{
    private const int MaxRowsPerWrite = 5000;

    private sealed record Pending(TBatch Rows, TaskCompletionSource Done);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private Task _loop = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"JournalWriter<{typeof(TBatch).Name}>", ServiceLifecycleStage.RuntimeStorageServices, StartAsync, StopAsync);

    public Task WriteAsync(TBatch rows)
    {
        var pending = new Pending(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException(new InvalidOperationException("the journal writer has stopped"));
    }

    private Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(WriteLoopAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await _loop.WaitAsync(cancellationToken);
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            var merged = new TBatch();
            while (merged.RowCount < MaxRowsPerWrite && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                merged.Add(pending.Rows);
            }
            try
            {
                await ExecuteAsync(merged);
                group.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && group.Count > 1)
            {
                await RetryOneByOneAsync(group);
            }
            catch (Exception e)
            {
                logger.JournalWriteFailed(e, typeof(TBatch).Name);
                group.ForEach(p => p.Done.TrySetException(e));
            }
        }
    }

    private async Task RetryOneByOneAsync(List<Pending> group)
    {
        foreach (var pending in group)
        {
            try
            {
                await ExecuteAsync(pending.Rows);
                pending.Done.TrySetResult();
            }
            catch (Exception e)
            {
                logger.JournalWriteFailed(e, typeof(TBatch).Name);
                pending.Done.TrySetException(e);
            }
        }
    }

    private async Task ExecuteAsync(TBatch rows)
    {
        await using var batch = database.CreateBatch();
        AddTo(batch, rows);
        await batch.ExecuteNonQueryAsync();
    }

    /// <summary>Adds to <paramref name="batch"/> the statements that write the rows (and append the households they change to the change feed).</summary>
    public static void AddTo(NpgsqlBatch batch, TBatch rows)
    {
        foreach (var command in rows.ToCommands())
        {
            batch.BatchCommands.Add(command);
        }
    }
}
