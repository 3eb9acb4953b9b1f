using CollectionGrains.Kernel;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// Keeps the households' standing: today's rows (decision 0015) and those of the month before (0016), sealed first
/// when a month begins. It takes the change feed and the rows gone stale in chunks, each in a transaction
/// under an advisory lock, so two keepers (briefly, while the cluster changes) never interleave. A timer takes chunks
/// for up to three seconds every ten seconds in the background, except while the feed grows by more than
/// <see cref="BusyGrowth"/> a tick: an onboarding, a bill run or a payment peak then keeps the database, and the keeper
/// catches up once it has passed. A caller who needs the standing now has the rest refreshed before it reads. A reminder brings the keeper
/// back after its silo left.
/// </summary>
internal sealed class HouseholdStandingGrain(NpgsqlDataSource database, TimeProvider time, ILogger<HouseholdStandingGrain> logger)
    : Grain, IHouseholdStandingGrain, IRemindable
{
    /// <summary>
    /// Households a chunk: about 0.7 s at a million households. Chunks of 50,000 were planned for a few dozen rows and
    /// spilled their hashes to disk, one for more than five minutes (docs/benchmarks.md).
    /// </summary>
    public const int ChunkSize = 5_000;

    /// <summary>Changes a tick (1,000 a second) above which the journals are busy with a bulk operation.</summary>
    public const long BusyGrowth = 10_000;

    private const long AdvisoryLock = 0x5354414E44494E47;   // "STANDING"
    private static readonly TimeSpan TickEvery = TimeSpan.FromSeconds(10);

    /// <summary>How long a background tick keeps taking chunks.</summary>
    private static readonly TimeSpan TickBudget = TimeSpan.FromSeconds(3);

    private long? _lastSeq;

    /// <summary>The month before today's once its sealing is complete (read from analytics.standing_month until then).</summary>
    private Period? _sealed;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await this.RegisterOrUpdateReminder("household-standing", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TickEvery, TickEvery) { KeepAlive = true });
    }

    public Task StartAsync() => Task.CompletedTask;

    public async Task RefreshAsync()
    {
        while (await RefreshChunkAsync() > 0)
        {
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The feed's sequence counts every change ever appended, whatever the keeper has taken since.
            await using var last = database.CreateCommand("SELECT last_value FROM journal.household_change_seq_seq");
            var seq = (long)(await last.ExecuteScalarAsync(cancellationToken))!;
            var busy = seq - (_lastSeq ?? seq) > BusyGrowth;
            _lastSeq = seq;
            var started = time.GetTimestamp();
            while (!busy && await RefreshChunkAsync() >= ChunkSize && time.GetElapsedTime(started) < TickBudget)
            {
            }
        }
        catch (NpgsqlException e)
        {
            logger.StandingRefreshFailed(e);
        }
    }

    /// <summary>
    /// One chunk in one transaction: of the month before today's sealing while it is not complete, else of the change
    /// feed and the stale rows, whose households' rows of the month before are worked out again too. The feed's rows it
    /// took are deleted only if the standing it wrote commits. Answers how many rows it took (0: nothing left).
    /// </summary>
    private async Task<long> RefreshChunkAsync()
    {
        var today = BusinessCalendar.Today(time);
        var month = Period.Of(today).AddMonths(-1);
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // JIT compiling the statement costs more than it saves on a chunk (1.2 s of 1.5 s for 2,000 households).
        await using (var noJit = new NpgsqlCommand("SET LOCAL jit = off", connection, transaction))
        {
            await noJit.ExecuteNonQueryAsync();
        }
        await using (var serialize = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            serialize.Parameters.AddWithValue(AdvisoryLock);
            await serialize.ExecuteNonQueryAsync();
        }
        var taken = _sealed == month ? 0 : await SealChunkAsync(connection, transaction, month);
        if (taken == 0)
        {
            string[] changed;
            await using (var refresh = StandingRefreshSql.Command(StandingRefreshSql.Today, connection, transaction, today, ChunkSize))
            await using (var reader = await refresh.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                (changed, taken) = (reader.GetFieldValue<string[]>(0), reader.GetInt64(1));
            }
            await WriteMonthAsync(connection, transaction, month, changed);
        }
        await transaction.CommitAsync();
        return taken;
    }

    /// <summary>The month's next households sealed (<see cref="StandingRefreshSql.Seal"/>); how many (0 once it is complete).</summary>
    private async Task<long> SealChunkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Period month)
    {
        await using (var start = new NpgsqlCommand("INSERT INTO analytics.standing_month (period) VALUES ($1) ON CONFLICT DO NOTHING", connection, transaction))
        {
            start.Parameters.AddWithValue(month.ToString());
            await start.ExecuteNonQueryAsync();
        }
        string next;
        await using (var progress = new NpgsqlCommand("SELECT next_household, sealed_at IS NOT NULL FROM analytics.standing_month WHERE period = $1", connection, transaction))
        {
            progress.Parameters.AddWithValue(month.ToString());
            await using var reader = await progress.ExecuteReaderAsync();
            await reader.ReadAsync();
            if (reader.GetBoolean(1))
            {
                _sealed = month;
                return 0;
            }
            next = reader.GetString(0);
        }
        string[] toWork;
        string? last;
        await using (var seal = new NpgsqlCommand(StandingRefreshSql.Seal, connection, transaction) { CommandTimeout = GroupHistoryCommand.TimeoutSeconds })
        {
            seal.Parameters.AddWithValue(month.ToString());
            seal.Parameters.AddWithValue(ChunkSize);
            seal.Parameters.AddWithValue(next);
            seal.Parameters.AddWithValue(month.LastDay);
            await using var reader = await seal.ExecuteReaderAsync();
            await reader.ReadAsync();
            (toWork, last) = (reader.GetFieldValue<string[]>(0), reader.IsDBNull(1) ? null : reader.GetString(1));
        }
        await WriteMonthAsync(connection, transaction, month, toWork);
        // The last household taken is where the next chunk starts; none taken: every household has its row.
        await using (var advance = new NpgsqlCommand(
            "UPDATE analytics.standing_month SET next_household = coalesce($2, next_household), sealed_at = CASE WHEN $2 IS NULL THEN now() END WHERE period = $1",
            connection, transaction))
        {
            advance.Parameters.AddWithValue(month.ToString());
            advance.Parameters.Add(new NpgsqlParameter { Value = (object?)last ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            await advance.ExecuteNonQueryAsync();
        }
        return ChunkSize;
    }

    private static async Task WriteMonthAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Period month, string[] households)
    {
        if (households.Length > 0)
        {
            await using var write = StandingRefreshSql.Command(StandingRefreshSql.Month, connection, transaction, month.LastDay, households);
            await write.ExecuteNonQueryAsync();
        }
    }
}
