using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// The baseline every durable write is compared with: plain single-row upserts into a logged PostgreSQL table, with the
/// same number in flight, each statement its own transaction.
/// </summary>
internal static class UpsertBaseline
{
    public static async Task<Measure.Result> MeasureAsync(string connectionString, int operations, int concurrency)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        await using (var create = database.CreateCommand("""
            CREATE UNLOGGED TABLE IF NOT EXISTS bench_baseline_upsert (id text PRIMARY KEY, amount numeric(14,2), paid_at timestamptz);
            TRUNCATE bench_baseline_upsert;
            ALTER TABLE bench_baseline_upsert SET LOGGED;
            """))
        {
            await create.ExecuteNonQueryAsync();
        }
        return await Measure.ConcurrentlyAsync(operations, concurrency, async i =>
        {
            await using var command = database.CreateCommand(
                "INSERT INTO bench_baseline_upsert (id, amount, paid_at) VALUES ($1, $2, now()) ON CONFLICT (id) DO UPDATE SET amount = excluded.amount, paid_at = now()");
            command.Parameters.AddWithValue($"baseline-{i}");
            command.Parameters.AddWithValue(10m + i % 50);
            await command.ExecuteNonQueryAsync();
        });
    }
}
