using System.Diagnostics;
using CollectionGrains.Hosting;
using CollectionGrains.Hosting.Storage;
using CollectionGrains.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;

namespace CollectionGrains.Tests.Foundation;

/// <summary>
/// The hot grains' storage (issue 26) on the real server: rows of many grains written in one statement, each
/// acknowledged only once the statement holding it committed. Alone: one test stops PostgreSQL, another counts the
/// storage's statements with a process-wide listener.
/// </summary>
[Collection(Cluster.AloneCollection.Name)]
public sealed class GroupCommitStorageTests
{
    private const int Grains = 40;

    [Fact]
    public async Task A_stale_row_in_a_batch_fails_alone_and_every_other_row_of_it_commits()
    {
        await using var storage = await StorageAsync();
        var states = await WriteFirstAsync(storage);
        // Another activation wrote grain 7 since this one read it: its version here is stale.
        await TestPostgres.ExecuteAsync($"UPDATE orleans_grain_state SET version = version + 1 WHERE service_id = '{storage.ServiceId}' AND grain_key = 'g7'");

        using var statements = new StatementSizes();
        var writes = Write(storage, states, "second");
        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[7]);
        await Task.WhenAll(writes.Where((_, i) => i != 7));

        Assert.True(statements.Largest > 1 && statements.Count < Grains, $"{statements.Count} statements for {Grains} writes");
        var rows = await storage.RowsAsync();
        Assert.All(Enumerable.Range(0, Grains).Where(i => i != 7), i => Assert.Equal(("second", 2), rows[$"g{i}"]));
        Assert.Equal(("first", 2), rows["g7"]);   // the other writer's version; this write changed nothing
    }

    [Fact]
    public async Task PostgreSQL_stopped_while_a_batch_waits_acknowledges_nothing_of_it_and_changes_no_row()
    {
        await using var storage = await StorageAsync();
        var states = await WriteFirstAsync(storage);
        await ReadAllAsync(storage);   // the reads' connections are open when the server stops
        var locker = await storage.Database.OpenConnectionAsync();
        try
        {
            // Another transaction holds every row, so the storage's statements wait inside the server.
            await using (var hold = new NpgsqlCommand($"BEGIN; SELECT 1 FROM orleans_grain_state WHERE service_id = '{storage.ServiceId}' FOR UPDATE", locker))
            {
                await hold.ExecuteNonQueryAsync();
            }
            var writes = Write(storage, states, "second");
            await Eventually.TrueAsync(async () => await TestPostgres.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%WITH input AS%'") > 0,
                TimeSpan.FromSeconds(10), "the storage's statement waits on the held rows");
            // Immediate: a fast stop cuts the sessions one by one, and the held rows' release could let the statement
            // commit before its own session is cut.
            await ScriptAsync("stop.sh", "immediate");
            foreach (var write in writes)
            {
                await Assert.ThrowsAnyAsync<Exception>(() => write);
            }
        }
        finally
        {
            await ScriptAsync("setup.sh");
            TestPostgres.ForgetPooledConnections();
            storage.Database.Clear();
            await DisposeDeadAsync(locker);
        }

        var rows = await storage.RowsAsync();
        Assert.All(Enumerable.Range(0, Grains), i => Assert.Equal(("first", 1), rows[$"g{i}"]));
        // The storage works again: its reads, on new connections, and its writes, with the versions it holds.
        Assert.All(await ReadAllAsync(storage), read => Assert.Equal(("first", "1"), (read.State?.Text, read.ETag)));
        await Task.WhenAll(Write(storage, states, "third"));
        Assert.All((await storage.RowsAsync()).Values, row => Assert.Equal(("third", 2), row));
    }

    [Fact]
    public async Task Reads_arriving_together_each_get_their_own_row_and_a_grain_never_written_reads_as_new()
    {
        await using var storage = await StorageAsync();
        await WriteFirstAsync(storage);
        await storage.Storage.ClearStateAsync("note", GrainId.Create("note", "g3"), new GrainState<Note>(new Note(), "1"));

        var reads = Enumerable.Range(0, Grains + 5).Select(_ => new GrainState<Note>(new Note { Text = "unread" })).ToArray();
        await Task.WhenAll(reads.Select((state, i) => storage.Storage.ReadStateAsync("note", GrainId.Create("note", $"g{i}"), state)));

        Assert.All(Enumerable.Range(0, Grains).Where(i => i != 3), i => Assert.Equal(("first", "1", true), (reads[i].State?.Text, reads[i].ETag, reads[i].RecordExists)));
        Assert.Equal(("", "2", false), (reads[3].State?.Text, reads[3].ETag, reads[3].RecordExists));   // cleared: no state, its version kept
        Assert.All(reads[Grains..], read => Assert.Equal(("", null, false), (read.State?.Text, read.ETag, read.RecordExists)));
    }

    [Fact]
    public async Task A_write_stores_the_state_as_it_was_when_asked_whatever_changes_while_it_is_under_way()
    {
        // Organisation nodes rely on it: reports interleave with a node's write and change its state meanwhile.
        await using var storage = await StorageAsync();
        var note = new Note { Text = "asked" };
        var write = storage.Storage.WriteStateAsync("note", GrainId.Create("note", "g0"), new GrainState<Note>(note));
        note.Text = "changed while under way";
        await write;

        Assert.Equal(("asked", 1), (await storage.RowsAsync())["g0"]);
    }

    [Theory]
    [InlineData(nameof(GroupCommitGrainStorage.WriteStatement))]
    [InlineData(nameof(GroupCommitGrainStorage.ReadStatement))]
    public async Task A_batch_finds_each_row_by_its_key_even_when_the_statistics_were_taken_while_the_table_was_empty(string statement)
    {
        // A new database, as a group's onboarding finds it: the table analyzed while empty, then 20,000 rows written.
        // Its own schema, so that the statistics are those of a table of its own.
        var schema = $"plan_probe_{Guid.NewGuid():N}";
        await TestPostgres.ExecuteAsync($$"""
            CREATE SCHEMA {{schema}};
            CREATE TABLE {{schema}}.orleans_grain_state (LIKE public.orleans_grain_state INCLUDING ALL);
            ANALYZE {{schema}}.orleans_grain_state;
            INSERT INTO {{schema}}.orleans_grain_state (service_id, grain_type, grain_n0, grain_n1, grain_key, payload, version)
            SELECT 'probe', 'note', 0, 0, 'g' || i, convert_to('{"Text":"first"}', 'UTF8'), 1 FROM generate_series(0, 19999) i
            """);
        try
        {
            // A batch of 50 of its 20,000 rows, planned as the storage plans it.
            var batch = Enumerable.Range(0, 50).Select(i => $"g{i * 400}").ToArray();
            var settings = new NpgsqlConnectionStringBuilder(TestPostgres.Settings.ConnectionStringPlannedEachTime(1));
            settings.Options += $" -c search_path={schema}";
            await using var planned = NpgsqlDataSource.Create(settings.ConnectionString);
            var write = statement == nameof(GroupCommitGrainStorage.WriteStatement);
            await using var explain = planned.CreateCommand($"EXPLAIN (FORMAT JSON) {(write ? GroupCommitGrainStorage.WriteStatement : GroupCommitGrainStorage.ReadStatement)}");
            explain.Parameters.AddWithValue("probe");
            explain.Parameters.AddWithValue(batch.Select(_ => "note").ToArray());
            explain.Parameters.AddWithValue(batch);
            if (write)
            {
                explain.Parameters.AddWithValue(batch.Select(_ => "{}"u8.ToArray()).ToArray());
                explain.Parameters.AddWithValue(batch.Select(_ => 1).ToArray());
                explain.Parameters.AddWithValue(Enumerable.Range(0, batch.Length).ToArray());
            }
            var plan = System.Text.Json.JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);

            // Every scan of the table finds a row by its key or by its address: none reads the table through.
            var scans = PlanNodes(plan.RootElement[0].GetProperty("Plan"))
                .Where(n => n.TryGetProperty("Relation Name", out var table) && table.GetString() == "orleans_grain_state" && !n.TryGetProperty("Operation", out _))
                .Select(n => (Node: n.GetProperty("Node Type").GetString(),
                    Condition: n.TryGetProperty("Index Cond", out var key) ? key.GetString() : n.TryGetProperty("TID Cond", out var address) ? address.GetString() : null))
                .ToList();
            Assert.NotEmpty(scans);
            Assert.All(scans, scan => Assert.Matches("grain_key|ctid", scan.Condition ?? $"{scan.Node} without a condition"));
        }
        finally
        {
            await TestPostgres.ExecuteAsync($"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static IEnumerable<System.Text.Json.JsonElement> PlanNodes(System.Text.Json.JsonElement node) =>
        node.TryGetProperty("Plans", out var children) ? [node, .. children.EnumerateArray().SelectMany(PlanNodes)] : [node];

    private static async Task<GrainState<Note>[]> ReadAllAsync(StorageUnderTest storage)
    {
        var reads = Enumerable.Range(0, Grains).Select(_ => new GrainState<Note>(new Note())).ToArray();
        await Task.WhenAll(reads.Select((state, i) => storage.Storage.ReadStateAsync("note", GrainId.Create("note", $"g{i}"), state)));
        return reads;
    }

    private static async Task<GrainState<Note>[]> WriteFirstAsync(StorageUnderTest storage)
    {
        var states = Enumerable.Range(0, Grains).Select(_ => new GrainState<Note>(new Note())).ToArray();
        await Task.WhenAll(Write(storage, states, "first"));
        return states;
    }

    /// <summary>Every grain's write started at once, in one go, so that they meet in the storage's queue.</summary>
    private static Task[] Write(StorageUnderTest storage, GrainState<Note>[] states, string text)
    {
        foreach (var state in states)
        {
            state.State = new Note { Text = text };
        }
        return [.. states.Select((state, i) => storage.Storage.WriteStateAsync("note", GrainId.Create("note", $"g{i}"), state))];
    }

    /// <summary>The holding connection died with the server (without a goodbye): closing it finds the stream ended.</summary>
    private static async Task DisposeDeadAsync(NpgsqlConnection connection)
    {
        try
        {
            await connection.DisposeAsync();
        }
        catch (NpgsqlException e) when (e.InnerException is EndOfStreamException or IOException)
        {
        }
    }

    private static async Task ScriptAsync(string script, params string[] arguments)
    {
        var run = await ProcessRunner.RunAsync("bash", [RepositoryPaths.Combine("deploy", "postgres", script), .. arguments], TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, $"{script} exited with {run.ExitCode}: {run.Output} {run.Error}");
    }

    private static async Task<StorageUnderTest> StorageAsync()
    {
        var serviceId = $"groupcommit-{Guid.NewGuid():N}";
        var database = NpgsqlDataSource.Create(TestPostgres.Settings.ConnectionString(maxPoolSize: 8));
        var storage = new GroupCommitGrainStorage(database, TestPostgres.Settings, new JsonGrainStateSerializer(),
            Options.Create(new ClusterOptions { ClusterId = serviceId, ServiceId = serviceId }), NullLogger<GroupCommitGrainStorage>.Instance);
        var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);
        storage.Participate(lifecycle);
        await lifecycle.OnStart();
        return new StorageUnderTest(storage, lifecycle, database, serviceId);
    }

    public sealed class Note
    {
        public string Text { get; set; } = "";
    }

    private sealed record StorageUnderTest(GroupCommitGrainStorage Storage, SiloLifecycleSubject Lifecycle, NpgsqlDataSource Database, string ServiceId)
        : IAsyncDisposable
    {
        /// <summary>Each grain's stored text and version, read straight from the table.</summary>
        public async Task<Dictionary<string, (string Text, int Version)>> RowsAsync()
        {
            await using var command = TestPostgres.DataSource.CreateCommand(
                "SELECT grain_key, convert_from(payload, 'UTF8')::jsonb ->> 'Text', version FROM orleans_grain_state WHERE service_id = $1");
            command.Parameters.AddWithValue(ServiceId);
            var rows = new Dictionary<string, (string, int)>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows[reader.GetString(0)] = (reader.GetString(1), reader.GetInt32(2));
            }
            return rows;
        }

        public async ValueTask DisposeAsync()
        {
            await Lifecycle.OnStop();
            await Database.DisposeAsync();
        }
    }

    /// <summary>The rows of each group-commit statement from here on (the storage tags its activity with them).</summary>
    private sealed class StatementSizes : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly List<int> _sizes = [];

        public StatementSizes()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == Kernel.Telemetry.Source.Name,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = activity =>
                {
                    if (activity.DisplayName == "group commit" && activity.GetTagItem("cg.group_commit.rows") is int rows)
                    {
                        lock (_sizes)
                        {
                            _sizes.Add(rows);
                        }
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public int Count => _sizes.Count;

        public int Largest => _sizes.DefaultIfEmpty(0).Max();

        public void Dispose() => _listener.Dispose();
    }
}
