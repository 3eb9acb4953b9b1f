using System.Threading.Channels;
using Npgsql;

namespace CollectionGrains.Hosting.Storage;

/// <summary>
/// The reads of <see cref="GroupCommitGrainStorage"/>, many grains' rows in one statement: a bill run or an import
/// activates households by the thousand, and one round trip each made activation the slow part. Reads arriving while a
/// statement runs gather for the next; a read alone goes at once. Each read sees a committed row, as a read of its own would.
/// </summary>
internal sealed class GroupReader(NpgsqlDataSource database, Func<string> serviceId)
{
    /// <summary>Rows in one statement at most; more wait for the next.</summary>
    private const int MaxRows = 500;

    /// <summary>Statements in flight at once.</summary>
    private const int Readers = 2;

    private readonly Channel<PendingRead> _queue = Channel.CreateUnbounded<PendingRead>();
    private Task _loops = Task.CompletedTask;

    /// <summary>The row's payload (null: cleared) and version; null when there is no row.</summary>
    public Task<StoredRow?> ReadAsync(string stateName, string key)
    {
        var read = new PendingRead(stateName, key);
        if (!_queue.Writer.TryWrite(read))
        {
            throw new InvalidOperationException("the grain storage has stopped");
        }
        return read.Done.Task;
    }

    public void Start() =>
        _loops = Task.WhenAll(Enumerable.Range(0, Readers).Select(_ => Task.Run(ReadLoopAsync, CancellationToken.None)));

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        return _loops.WaitAsync(cancellationToken);
    }

    private async Task ReadLoopAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            var batch = new List<PendingRead>();
            while (batch.Count < MaxRows && _queue.Reader.TryRead(out var read))
            {
                batch.Add(read);
            }
            if (batch.Count == 0)
            {
                continue;
            }
            try
            {
                var rows = await SelectAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(rows.GetValueOrDefault(i));
                }
            }
            catch (Exception e)
            {
                foreach (var read in batch)
                {
                    read.Done.TrySetException(e);
                }
            }
        }
    }

    private async Task<Dictionary<int, StoredRow>> SelectAsync(List<PendingRead> batch)
    {
        await using var command = database.CreateCommand("""
            SELECT i.ord, g.payload, g.version
              FROM unnest($2::text[], $3::text[], $4::int[]) AS i(grain_type, grain_key, ord)
              JOIN orleans_grain_state g
                ON g.service_id = $1 AND g.grain_type = i.grain_type AND g.grain_n0 = 0 AND g.grain_n1 = 0 AND g.grain_key = i.grain_key
            """);
        command.Parameters.AddWithValue(serviceId());
        command.Parameters.AddWithValue(batch.Select(r => r.StateName).ToArray());
        command.Parameters.AddWithValue(batch.Select(r => r.Key).ToArray());
        command.Parameters.AddWithValue(Enumerable.Range(0, batch.Count).ToArray());
        var rows = new Dictionary<int, StoredRow>(batch.Count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt32(0)] = new StoredRow(reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1), reader.GetInt32(2));
        }
        return rows;
    }

    /// <summary>A grain's stored row: its payload (null once cleared) and version.</summary>
    public sealed record StoredRow(byte[]? Payload, int Version);

    private sealed record PendingRead(string StateName, string Key)
    {
        public TaskCompletionSource<StoredRow?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
