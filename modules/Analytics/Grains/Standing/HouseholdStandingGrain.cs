using CollectionGrains.Kernel;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// Keeps analytics.household_standing: takes the change feed and the rows gone stale in chunks, each in a transaction
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

    /// <summary>One chunk in one transaction: the feed's rows it took are deleted only if the standing it wrote commits.</summary>
    private async Task<long> RefreshChunkAsync()
    {
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
        await using var refresh = StandingSql.RefreshCommand(connection, transaction, BusinessCalendar.Today(time), ChunkSize);
        var taken = (long)(await refresh.ExecuteScalarAsync())!;
        await transaction.CommitAsync();
        return taken;
    }
}
