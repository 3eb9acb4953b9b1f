using CollectionGrains.Kernel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// Keeps the households' standing: today's rows (decision 0015), those of the month before (0016) and of the week
/// before (0017), each sealed first when its period begins. It takes the change feed and the rows gone stale in chunks, each in a transaction
/// under an advisory lock, so two keepers (briefly, while the cluster changes) never interleave. A timer takes chunks
/// for up to three seconds every ten seconds in the background, except while the feed grows by more than
/// <see cref="BusyGrowth"/> a tick: an onboarding, a bill run or a payment peak then keeps the database, and the keeper
/// catches up once it has passed. A caller who needs the standing now has the rest refreshed before it reads. A reminder brings the keeper
/// back after its silo left. Once its silo starts to stop it takes no further chunk: a catch-up of a million households
/// takes minutes, and a call still running would hold the silo's stop until its deadline.
/// </summary>
internal sealed class HouseholdStandingGrain(
    NpgsqlDataSource database, TimeProvider time, IHostApplicationLifetime host, ILogger<HouseholdStandingGrain> logger)
    : Grain, IHouseholdStandingGrain, IRemindable
{
    /// <summary>
    /// Households a chunk: about 0.7 s at a million households. Chunks of 50,000 were planned for a few dozen rows and
    /// spilled their hashes to disk, one for more than five minutes (docs/benchmarks.md).
    /// </summary>
    public const int ChunkSize = 5_000;

    /// <summary>Changes a tick (1,000 a second) above which the journals are busy with a bulk operation.</summary>
    public const long BusyGrowth = 10_000;

    /// <summary>The transaction-level advisory lock every writer of the standing holds, so no two interleave (and deadlock).</summary>
    internal const long AdvisoryLock = 0x5354414E44494E47;   // "STANDING"
    private static readonly TimeSpan TickEvery = TimeSpan.FromSeconds(10);

    /// <summary>How long a background tick keeps taking chunks.</summary>
    private static readonly TimeSpan TickBudget = TimeSpan.FromSeconds(3);

    private long? _lastSeq;

    /// <summary>The month before today's once its sealing is complete (read from analytics.standing_month until then).</summary>
    private Period? _sealedMonth;

    /// <summary>The last day of the week before today's once its sealing is complete (analytics.standing_week).</summary>
    private DateOnly? _sealedWeek;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await this.RegisterOrUpdateReminder("household-standing", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TickEvery, TickEvery) { KeepAlive = true });
    }

    public Task StartAsync() => Task.CompletedTask;

    /// <summary>
    /// Takes chunks until the feed is empty. A silo that starts to stop ends it with <see cref="OperationCanceledException"/>
    /// (<see cref="RefreshChunkAsync"/>): the API runs such a call again, and the keeper's next activation finishes the feed.
    /// </summary>
    public async Task RefreshAsync()
    {
        while (await RefreshChunkAsync(host.ApplicationStopping) > 0)
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
            while (!busy && await RefreshChunkAsync(host.ApplicationStopping) >= ChunkSize && time.GetElapsedTime(started) < TickBudget)
            {
            }
        }
        catch (NpgsqlException e)
        {
            logger.StandingRefreshFailed(e);
        }
        catch (OperationCanceledException) when (host.ApplicationStopping.IsCancellationRequested)
        {
            // The silo is stopping: the chunk was not begun or rolled back, the next activation takes it again.
        }
    }

    /// <summary>
    /// One chunk in one transaction: of the month before today's sealing while it is not complete, then the week
    /// before's, else of the change feed and the stale rows, whose households' rows of the month before and of the week
    /// before are worked out again too. The feed's rows it took are deleted only if the standing it wrote commits.
    /// Answers how many rows it took (0: nothing left). Once its silo starts to stop no chunk begins, and one under way
    /// has its statements cancelled: its transaction rolls back, and the feed keeps its rows for the next chunk.
    /// </summary>
    private async Task<long> RefreshChunkAsync(CancellationToken cancellationToken)
    {
        // No chunk begins once the silo stops (the same token also cancels the statements of one under way).
        cancellationToken.ThrowIfCancellationRequested();
        var today = BusinessCalendar.Today(time);
        var (month, week) = (Period.Of(today).AddMonths(-1), BusinessCalendar.WeekStart(today).AddDays(-1));
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // JIT compiling the statement costs more than it saves on a chunk (1.2 s of 1.5 s for 2,000 households).
        await using (var noJit = new NpgsqlCommand("SET LOCAL jit = off", connection, transaction))
        {
            await noJit.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var serialize = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            serialize.Parameters.AddWithValue(AdvisoryLock);
            await serialize.ExecuteNonQueryAsync(cancellationToken);
        }
        var taken = await SealChunkAsync(connection, transaction, month, week, cancellationToken);
        if (taken == 0)
        {
            string[] changed;
            await using (var refresh = StandingRefreshSql.Command(StandingRefreshSql.Today, connection, transaction, today, ChunkSize))
            await using (var reader = await refresh.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                (changed, taken) = (reader.GetFieldValue<string[]>(0), reader.GetInt64(1));
            }
            if (changed.Length > 0)
            {
                await WriteMonthAsync(connection, transaction, month, changed, cancellationToken);
                await WriteWeekAsync(connection, transaction, week, changed, cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return taken;
    }

    /// <summary>A chunk of the first sealing not complete, the month before's then the week before's; 0 once both are.</summary>
    private async Task<long> SealChunkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Period month, DateOnly week, CancellationToken cancellationToken)
    {
        if (_sealedMonth != month)
        {
            var sealing = new Sealing("analytics.standing_month", "period", month.ToString(), month.LastDay, StandingRefreshSql.Seal, StandingRefreshSql.PruneMonths,
                (c, t, households, token) => WriteMonthAsync(c, t, month, households, token));
            if (await sealing.ChunkAsync(connection, transaction, ChunkSize, cancellationToken))
            {
                return ChunkSize;
            }
            _sealedMonth = month;
        }
        if (_sealedWeek != week)
        {
            var sealing = new Sealing("analytics.standing_week", "day", week, week, WeekStandingSql.Seal, WeekStandingSql.Prune,
                (c, t, households, token) => WriteWeekAsync(c, t, week, households, token));
            if (await sealing.ChunkAsync(connection, transaction, ChunkSize, cancellationToken))
            {
                return ChunkSize;
            }
            _sealedWeek = week;
        }
        return 0;
    }

    private static async Task WriteMonthAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Period month, string[] households, CancellationToken cancellationToken)
    {
        await using var write = StandingRefreshSql.Command(StandingRefreshSql.Month, connection, transaction, month.LastDay, households);
        await write.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task WriteWeekAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly week, string[] households, CancellationToken cancellationToken)
    {
        await using var write = new NpgsqlCommand(WeekStandingSql.Write, connection, transaction) { CommandTimeout = GroupHistoryCommand.TimeoutSeconds };
        write.Parameters.AddWithValue(households);
        write.Parameters.AddWithValue(week);
        await write.ExecuteNonQueryAsync(cancellationToken);
    }
}
