using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;
using Orleans.Storage;

namespace CollectionGrains.Hosting.Storage;

/// <summary>
/// Grain storage for the hot grains (households, their collection cases): the same table, rows and version checks as the
/// ADO.NET provider (so either can read what the other wrote), but the writes of many grains are committed together in
/// one statement — one transaction, one WAL flush — instead of one transaction each. A write is acknowledged only once
/// the transaction holding its row has committed; each row's version is checked on its own, and a row whose version
/// moved fails with <see cref="InconsistentStateException"/> without failing the others. Only string-keyed grains.
/// </summary>
public sealed class GroupCommitGrainStorage(NpgsqlDataSource database, PostgresSettings postgres, IGrainStorageSerializer serializer,
    IOptions<ClusterOptions> cluster, ILogger<GroupCommitGrainStorage> logger) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public const string Name = "groupCommit";

    /// <summary>Rows in one statement at most; more wait for the next.</summary>
    private const int MaxRows = 1000;

    /// <summary>Statements in flight at once: while one commits, the next gathers.</summary>
    private const int Writers = 2;

    /// <summary>Read statements in flight at once, on connections of their own.</summary>
    private const int Readers = 2;

    /// <summary>
    /// The batched writes' own connections, whose statements are planned at each execution: a plan cached while the
    /// table was small would scan it whole for every batch once it is large.
    /// </summary>
    private readonly NpgsqlDataSource _writes = NpgsqlDataSource.Create(postgres.ConnectionStringPlannedEachTime(Writers));

    /// <summary>The batched reads' connections, planned each time for the same reason.</summary>
    private readonly NpgsqlDataSource _readConnections = NpgsqlDataSource.Create(postgres.ConnectionStringPlannedEachTime(Readers));

    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Channel<PendingRead> _reads = Channel.CreateUnbounded<PendingRead>(new UnboundedChannelOptions { SingleReader = false });
    private Task _loops = Task.CompletedTask;

    private string ServiceId => cluster.Value.ServiceId;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(GroupCommitGrainStorage), ServiceLifecycleStage.RuntimeStorageServices, StartAsync, StopAsync);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var read = new PendingRead(stateName, KeyOf(grainId));
        if (!_reads.Writer.TryWrite(read))
        {
            throw new InvalidOperationException("the grain storage has stopped");
        }
        // Deserialized here, by the activation that asked, not by the loop that serves the whole batch.
        var row = await read.Done.Task;
        grainState.State = row?.Payload is { } payload ? serializer.Deserialize<T>(new BinaryData(payload)) : Activator.CreateInstance<T>();
        grainState.ETag = row?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = row?.Payload is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var write = new PendingWrite(stateName, KeyOf(grainId), serializer.Serialize(grainState.State).ToArray(), Version(grainState.ETag),
            System.Diagnostics.Activity.Current?.Context);
        if (!_queue.Writer.TryWrite(write))
        {
            throw new InvalidOperationException("the grain storage has stopped");
        }
        var version = await write.Done.Task;
        grainState.ETag = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Version(grainState.ETag) is not { } expected)
        {
            grainState.State = Activator.CreateInstance<T>();
            return;
        }
        await using var command = database.CreateCommand("""
            UPDATE orleans_grain_state SET payload = NULL, version = version + 1, modified_at = now()
             WHERE service_id = $1 AND grain_type = $2 AND grain_n0 = 0 AND grain_n1 = 0 AND grain_key = $3 AND version = $4
            RETURNING version
            """);
        command.Parameters.AddWithValue(ServiceId);
        command.Parameters.AddWithValue(stateName);
        command.Parameters.AddWithValue(KeyOf(grainId));
        command.Parameters.AddWithValue(expected);
        var version = await command.ExecuteScalarAsync() as int?
            ?? throw new InconsistentStateException($"{stateName}/{KeyOf(grainId)} was written elsewhere since it was read", "unknown", grainState.ETag);
        grainState.ETag = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    /// <summary>
    /// One statement for all rows: updates where the version still matches, inserts of new rows; the versions written, by
    /// row. Each row is looked up from the batch (a lateral key lookup, then the update by the row's address), so the
    /// plan cannot start from the table: planned from the statistics of a table that has grown since they were taken (a
    /// group being set up), a join of the batch to the table scanned the whole table once for every row of the batch —
    /// seconds a statement. An update that lost a race to another writer fails its version check, which is tested again
    /// on the row it would change.
    /// </summary>
    internal const string WriteStatement = """
            WITH input AS MATERIALIZED (
                SELECT * FROM unnest($2::text[], $3::text[], $4::bytea[], $5::int[], $6::int[]) AS i(grain_type, grain_key, payload, expected, ord)),
            found AS MATERIALIZED (
                SELECT i.ord, i.payload, i.expected, f.row_id
                  FROM input i CROSS JOIN LATERAL (
                       SELECT g.ctid AS row_id FROM orleans_grain_state g
                        WHERE g.service_id = $1 AND g.grain_type = i.grain_type AND g.grain_n0 = 0 AND g.grain_n1 = 0 AND g.grain_key = i.grain_key
                          AND g.version = i.expected
                        LIMIT 1) f
                 WHERE i.expected IS NOT NULL),
            updated AS (
                UPDATE orleans_grain_state g SET payload = f.payload, version = g.version + 1, modified_at = now()
                  FROM found f
                 WHERE g.ctid = f.row_id AND g.version = f.expected
                RETURNING f.ord, g.version),
            inserted AS (
                INSERT INTO orleans_grain_state (service_id, grain_type, grain_n0, grain_n1, grain_key, payload, version)
                SELECT $1, i.grain_type, 0, 0, i.grain_key, i.payload, 1 FROM input i WHERE i.expected IS NULL
                ON CONFLICT DO NOTHING
                RETURNING grain_type, grain_key, version)
            SELECT ord, version FROM updated
            UNION ALL
            SELECT i.ord, n.version FROM inserted n JOIN input i ON i.grain_type = n.grain_type AND i.grain_key = n.grain_key AND i.expected IS NULL
            """;

    private Task StartAsync(CancellationToken cancellationToken)
    {
        _loops = Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteLoopAsync, CancellationToken.None))
            .Concat(Enumerable.Range(0, Readers).Select(_ => Task.Run(ReadLoopAsync, CancellationToken.None))));
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        _reads.Writer.TryComplete();
        await _loops.WaitAsync(cancellationToken);
        await _writes.DisposeAsync();
        await _readConnections.DisposeAsync();
    }

    private async Task WriteLoopAsync()
    {
        var deferred = new List<PendingWrite>();
        while (deferred.Count > 0 || await _queue.Reader.WaitToReadAsync())
        {
            var batch = new Dictionary<(string, string), PendingWrite>();
            var later = new List<PendingWrite>();
            foreach (var write in deferred)
            {
                (batch.TryAdd((write.StateName, write.Key), write) ? null : later)?.Add(write);
            }
            while (batch.Count < MaxRows && _queue.Reader.TryRead(out var write))
            {
                // One row of a grain per statement: a second write of it waits for the first's outcome.
                (batch.TryAdd((write.StateName, write.Key), write) ? null : later)?.Add(write);
            }
            deferred = later;
            await CommitAsync([.. batch.Values]);
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingWrite> writes)
    {
        if (writes.Count == 0)
        {
            return;
        }
        // The statement belongs to the trace of the batch's first write and links the others' traces.
        var callers = writes.Where(w => w.Caller is not null).Select(w => w.Caller!.Value).ToList();
        using var activity = Kernel.Telemetry.Source.StartActivity("group commit", System.Diagnostics.ActivityKind.Internal, callers.FirstOrDefault(),
            links: callers.Skip(1).Select(c => new System.Diagnostics.ActivityLink(c)));
        activity?.SetTag("cg.group_commit.rows", writes.Count);
        try
        {
            var versions = await ExecuteAsync(writes);
            for (var i = 0; i < writes.Count; i++)
            {
                if (versions.TryGetValue(i, out var version))
                {
                    writes[i].Done.TrySetResult(version);
                }
                else
                {
                    writes[i].Done.TrySetException(new InconsistentStateException(
                        $"{writes[i].StateName}/{writes[i].Key} was written elsewhere since it was read", "unknown", writes[i].Expected?.ToString() ?? "none"));
                }
            }
        }
        catch (Exception e) when (writes.Count > 1 && e is NpgsqlException)
        {
            // Whatever failed the statement fails only its own row: each is tried again alone, on fresh connections (the
            // other idle one may have died with the server too).
            logger.GroupCommitFailed(e, writes.Count);
            _writes.Clear();
            foreach (var write in writes)
            {
                await CommitAsync([write]);
            }
        }
        catch (Exception e)
        {
            foreach (var write in writes)
            {
                write.Done.TrySetException(e);
            }
        }
    }

    /// <summary>Writes the rows in one statement; the versions written, by row.</summary>
    private async Task<Dictionary<int, int>> ExecuteAsync(IReadOnlyList<PendingWrite> writes)
    {
        await using var command = _writes.CreateCommand(WriteStatement);
        command.Parameters.AddWithValue(ServiceId);
        command.Parameters.AddWithValue(writes.Select(w => w.StateName).ToArray());
        command.Parameters.AddWithValue(writes.Select(w => w.Key).ToArray());
        command.Parameters.AddWithValue(writes.Select(w => w.Payload).ToArray());
        command.Parameters.Add(new NpgsqlParameter { Value = writes.Select(w => (object?)w.Expected ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.AddWithValue(Enumerable.Range(0, writes.Count).ToArray());
        var versions = new Dictionary<int, int>(writes.Count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions[reader.GetInt32(0)] = reader.GetInt32(1);
        }
        return versions;
    }

    /// <summary>
    /// The rows of many grains in one statement: the activations that start together (an import, a bill run, a silo's
    /// restart under load) share a round trip instead of taking one each. Each row is looked up from the batch, as in
    /// <see cref="WriteStatement"/>.
    /// </summary>
    internal const string ReadStatement = """
            SELECT i.grain_type, i.grain_key, f.payload, f.version
              FROM unnest($2::text[], $3::text[]) AS i(grain_type, grain_key) CROSS JOIN LATERAL (
                   SELECT g.payload, g.version FROM orleans_grain_state g
                    WHERE g.service_id = $1 AND g.grain_type = i.grain_type AND g.grain_n0 = 0 AND g.grain_n1 = 0 AND g.grain_key = i.grain_key
                    LIMIT 1) f
            """;

    /// <summary>Serves what waits, up to <see cref="MaxRows"/> grains a statement; a read alone goes at once.</summary>
    private async Task ReadLoopAsync()
    {
        while (await _reads.Reader.WaitToReadAsync())
        {
            var batch = new Dictionary<(string StateName, string Key), List<PendingRead>>();
            while (batch.Count < MaxRows && _reads.Reader.TryRead(out var read))
            {
                if (!batch.TryGetValue((read.StateName, read.Key), out var waiting))
                {
                    batch[(read.StateName, read.Key)] = waiting = [];
                }
                waiting.Add(read);
            }
            if (batch.Count == 0)
            {
                continue;
            }
            try
            {
                Dictionary<(string, string), StoredRow> rows;
                try
                {
                    rows = await ReadRowsAsync(batch.Keys);
                }
                catch (NpgsqlException e)
                {
                    // Its connection may have died with the server (a restart): the batch is read once more on a new one.
                    logger.GroupReadRetried(e, batch.Count);
                    _readConnections.Clear();
                    rows = await ReadRowsAsync(batch.Keys);
                }
                foreach (var (key, waiting) in batch)
                {
                    waiting.ForEach(r => r.Done.TrySetResult(rows.GetValueOrDefault(key)));
                }
            }
            catch (Exception e)
            {
                foreach (var read in batch.Values.SelectMany(w => w))
                {
                    read.Done.TrySetException(e);
                }
            }
        }
    }

    private async Task<Dictionary<(string, string), StoredRow>> ReadRowsAsync(IReadOnlyCollection<(string StateName, string Key)> keys)
    {
        await using var command = _readConnections.CreateCommand(ReadStatement);
        command.Parameters.AddWithValue(ServiceId);
        command.Parameters.AddWithValue(keys.Select(k => k.StateName).ToArray());
        command.Parameters.AddWithValue(keys.Select(k => k.Key).ToArray());
        var rows = new Dictionary<(string, string), StoredRow>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[(reader.GetString(0), reader.GetString(1))] = new StoredRow(reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2), reader.GetInt32(3));
        }
        return rows;
    }

    private static string KeyOf(GrainId grainId) => grainId.Key.ToString()!;

    private static int? Version(string? etag) => etag is null ? null : int.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A stored row: its payload (null once cleared) and its version.</summary>
    private sealed record StoredRow(byte[]? Payload, int Version);

    private sealed record PendingRead(string StateName, string Key)
    {
        public TaskCompletionSource<StoredRow?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record PendingWrite(string StateName, string Key, byte[] Payload, int? Expected, System.Diagnostics.ActivityContext? Caller)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
