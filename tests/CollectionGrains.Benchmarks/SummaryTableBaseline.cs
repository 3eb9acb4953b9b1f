using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// The other precomputed design a SQL shop would build: a summary row per project kept in the same transaction as each
/// payment's journal row. Measured in the same run: payments/s with the summary update against the journal insert
/// alone (the cost of keeping it; every payment of a project updates its one row), and the time to read a node's
/// figures from it (the sum of its projects' rows).
/// </summary>
internal static class SummaryTableBaseline
{
    public sealed record Result(Measure.Result JournalOnly, Measure.Result WithSummary, (double P50, double P99) Read);

    public static async Task<Result> MeasureAsync(NpgsqlDataSource database, string[] projects, int payments, int concurrency, int reads)
    {
        await using (var create = database.CreateCommand("""
            CREATE TABLE IF NOT EXISTS bench_journal_payment (project_id text, payment_id text PRIMARY KEY, amount numeric(14,2), paid_at timestamptz);
            CREATE TABLE IF NOT EXISTS bench_project_summary (project_id text PRIMARY KEY, collected numeric(16,2) NOT NULL, payments bigint NOT NULL);
            TRUNCATE bench_journal_payment, bench_project_summary;
            """))
        {
            await create.ExecuteNonQueryAsync();
        }
        await using (var rows = database.CreateCommand("INSERT INTO bench_project_summary SELECT unnest($1::text[]), 0, 0"))
        {
            rows.Parameters.AddWithValue(projects);
            await rows.ExecuteNonQueryAsync();
        }
        var journalOnly = await Measure.ConcurrentlyAsync(payments, concurrency, i => PayAsync(database, projects, $"j-{i}", i, summary: false));
        var withSummary = await Measure.ConcurrentlyAsync(payments, concurrency, i => PayAsync(database, projects, $"s-{i}", i, summary: true));
        var samples = new List<double>();
        for (var i = 0; i < reads; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var read = database.CreateCommand("SELECT sum(collected), sum(payments) FROM bench_project_summary WHERE project_id = ANY($1)");
            read.Parameters.AddWithValue(projects);
            await read.ExecuteScalarAsync();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        return new Result(journalOnly, withSummary, (samples[samples.Count / 2], samples[(int)(samples.Count * 0.99)]));
    }

    private static async Task PayAsync(NpgsqlDataSource database, string[] projects, string id, int i, bool summary)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var project = projects[i % projects.Length];
        var amount = 10m + i % 50;
        await using (var insert = new NpgsqlCommand("INSERT INTO bench_journal_payment VALUES ($1, $2, $3, now())", connection, transaction))
        {
            insert.Parameters.AddWithValue(project);
            insert.Parameters.AddWithValue(id);
            insert.Parameters.AddWithValue(amount);
            await insert.ExecuteNonQueryAsync();
        }
        if (summary)
        {
            await using var update = new NpgsqlCommand("UPDATE bench_project_summary SET collected = collected + $2, payments = payments + 1 WHERE project_id = $1", connection, transaction);
            update.Parameters.AddWithValue(project);
            update.Parameters.AddWithValue(amount);
            await update.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
