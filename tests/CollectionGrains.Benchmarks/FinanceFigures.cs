using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// The roll-up figures as a competent SQL engineer computes them from the Billing tables: one query, each table read
/// once for the node's projects (bills by <c>bill_by_project_period</c>, their allocations and waivers by the
/// household-first primary keys, payments by <c>payment_by_project_paid</c>), every figure a <c>FILTER</c> aggregate.
/// What the benchmark compares the node grains' totals with, for speed and exactness; its plan is printed with
/// EXPLAIN (ANALYZE, BUFFERS).
/// </summary>
internal sealed record FinanceFigures(long Households, decimal Receivable, decimal Collected, decimal ReceivableYear, decimal CollectedYear, decimal ArrearsPrincipal, decimal Prepaid)
{
    public const string Sql = """
        WITH live AS (   -- the allocations of the node's payments that were not reversed
            SELECT a.household_id, a.bill_id, a.principal, a.late_fee
              FROM billing.payment p
              JOIN billing.allocation a ON a.household_id = p.household_id AND a.payment_id = p.payment_id
             WHERE p.project_id = ANY($1)
               AND NOT EXISTS (SELECT 1 FROM billing.payment_reversal r WHERE r.household_id = p.household_id AND r.payment_id = p.payment_id)),
        paid AS (SELECT household_id, bill_id, sum(principal) AS principal FROM live GROUP BY 1, 2),
        waived AS (SELECT w.household_id, w.bill_id, sum(w.principal) AS principal
                     FROM billing.waiver w JOIN billing.household h ON h.household_id = w.household_id
                    WHERE h.project_id = ANY($1) GROUP BY 1, 2),
        figures AS (
            SELECT coalesce(sum(b.principal) FILTER (WHERE b.period = $2), 0) AS receivable,
                   coalesce(sum(pd.principal) FILTER (WHERE b.period = $2), 0) AS collected,
                   coalesce(sum(b.principal) FILTER (WHERE left(b.period, 4) = $3), 0) AS receivable_year,
                   coalesce(sum(pd.principal) FILTER (WHERE left(b.period, 4) = $3), 0) AS collected_year,
                   coalesce(sum(b.principal - coalesce(pd.principal, 0) - coalesce(wv.principal, 0)) FILTER (WHERE b.due_date < $4), 0) AS arrears
              FROM billing.bill b
              LEFT JOIN paid pd ON pd.household_id = b.household_id AND pd.bill_id = b.bill_id
              LEFT JOIN waived wv ON wv.household_id = b.household_id AND wv.bill_id = b.bill_id
             WHERE b.project_id = ANY($1))
        SELECT (SELECT count(*) FROM billing.household WHERE project_id = ANY($1)),
               f.receivable, f.collected, f.receivable_year, f.collected_year, f.arrears,
               (SELECT coalesce(sum(p.amount), 0) FROM billing.payment p
                 WHERE p.project_id = ANY($1)
                   AND NOT EXISTS (SELECT 1 FROM billing.payment_reversal r WHERE r.household_id = p.household_id AND r.payment_id = p.payment_id))
               - (SELECT coalesce(sum(principal + late_fee), 0) FROM live)
          FROM figures f
        """;

    public static async Task<FinanceFigures> QueryAsync(NpgsqlDataSource database, string[] projectIds, DateOnly today)
    {
        await using var command = Command(database, Sql, projectIds, today);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new FinanceFigures(reader.GetInt64(0), reader.GetDecimal(1), reader.GetDecimal(2), reader.GetDecimal(3), reader.GetDecimal(4), reader.GetDecimal(5), reader.GetDecimal(6));
    }

    /// <summary>The query's plan as run: EXPLAIN (ANALYZE, BUFFERS).</summary>
    public static async Task<string> ExplainAsync(NpgsqlDataSource database, string[] projectIds, DateOnly today)
    {
        await using var command = Command(database, "EXPLAIN (ANALYZE, BUFFERS) " + Sql, projectIds, today);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return string.Join('\n', lines);
    }

    private static NpgsqlCommand Command(NpgsqlDataSource database, string sql, string[] projectIds, DateOnly today)
    {
        var command = database.CreateCommand(sql);
        command.CommandTimeout = 600;
        command.Parameters.AddWithValue(projectIds);
        command.Parameters.AddWithValue(Period.Of(today).ToString());
        command.Parameters.AddWithValue(today.Year.ToString("D4"));
        command.Parameters.AddWithValue(today);
        return command;
    }
}
