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

    /// <summary>
    /// The batched writes' own connections, whose statements are planned at each execution: a plan cached while the
    /// table was small would scan it whole for every batch once it is large.
    /// </summary>
    private readonly NpgsqlDataSource _writes = NpgsqlDataSource.Create(postgres.ConnectionStringPlannedEachTime(Writers));

    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = false });
    private Task _loops = Task.CompletedTask;

    private string ServiceId => cluster.Value.ServiceId;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(GroupCommitGrainStorage), ServiceLifecycleStage.RuntimeStorageServices, StartAsync, StopAsync);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var command = database.CreateCommand("""
            SELECT payload, version FROM orleans_grain_state
             WHERE service_id = $1 AND grain_type = $2 AND grain_n0 = 0 AND grain_n1 = 0 AND grain_key = $3
            """);
        command.Parameters.AddWithValue(ServiceId);
        command.Parameters.AddWithValue(stateName);
        command.Parameters.AddWithValue(KeyOf(grainId));
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        grainState.State = reader.IsDBNull(0) ? Activator.CreateInstance<T>() : serializer.Deserialize<T>(new BinaryData(reader.GetFieldValue<byte[]>(0)));
        grainState.ETag = reader.GetInt32(1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = !reader.IsDBNull(0);
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
    /// row. The service id comes with the rows (from a materialized CTE, not as a constant): given as a constant, it let
    /// the planner scan every row of the service by the key's prefix and join the batch to them, a plan it picks while
    /// its statistics see few rows of the service (a new service, a table that grew since the last ANALYZE).
    /// </summary>
    internal const string WriteStatement = """
            WITH input AS MATERIALIZED (
                SELECT $1::text AS service_id, i.*
                  FROM unnest($2::text[], $3::text[], $4::bytea[], $5::int[], $6::int[]) AS i(grain_type, grain_key, payload, expected, ord)),
            updated AS (
                UPDATE orleans_grain_state g SET payload = i.payload, version = g.version + 1, modified_at = now()
                  FROM input i
                 WHERE i.expected IS NOT NULL AND g.service_id = i.service_id AND g.grain_type = i.grain_type AND g.grain_n0 = 0 AND g.grain_n1 = 0
                   AND g.grain_key = i.grain_key AND g.version = i.expected
                RETURNING i.ord, g.version),
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
        _loops = Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteLoopAsync, CancellationToken.None)));
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await _loops.WaitAsync(cancellationToken);
        await _writes.DisposeAsync();
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

    private static string KeyOf(GrainId grainId) => grainId.Key.ToString()!;

    private static int? Version(string? etag) => etag is null ? null : int.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);

    private sealed record PendingWrite(string StateName, string Key, byte[] Payload, int? Expected, System.Diagnostics.ActivityContext? Caller)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
