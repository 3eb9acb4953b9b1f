using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// The roll-up figures that plain SQL can compute from the Billing tables (GROUP BY over bills, allocations, waivers
/// and payments of the node's projects): what the benchmark compares the node grains' totals with, for speed and exactness.
/// </summary>
internal sealed record FinanceFigures(long Households, decimal Receivable, decimal Collected, decimal ReceivableYear, decimal CollectedYear, decimal ArrearsPrincipal, decimal Prepaid)
{
    private const string Sql = """
        SELECT (SELECT count(*) FROM billing.household WHERE project_id = ANY($1)),
               coalesce(sum(receivable) FILTER (WHERE period = $2), 0), coalesce(sum(collected_principal) FILTER (WHERE period = $2), 0),
               coalesce(sum(receivable) FILTER (WHERE left(period, 4) = $3), 0), coalesce(sum(collected_principal) FILTER (WHERE left(period, 4) = $3), 0),
               (SELECT coalesce(sum(unpaid), 0) FROM billing.unpaid_principal WHERE project_id = ANY($1) AND due_date < $4),
               (SELECT coalesce(sum(prepaid), 0) FROM billing.prepaid_balance WHERE project_id = ANY($1))
          FROM billing.receivable_and_collected WHERE project_id = ANY($1)
        """;

    public static async Task<FinanceFigures> QueryAsync(NpgsqlDataSource database, string[] projectIds, DateOnly today)
    {
        await using var command = database.CreateCommand(Sql);
        command.CommandTimeout = 600;
        command.Parameters.AddWithValue(projectIds);
        command.Parameters.AddWithValue(Period.Of(today).ToString());
        command.Parameters.AddWithValue(today.Year.ToString("D4"));
        command.Parameters.AddWithValue(today);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new FinanceFigures(reader.GetInt64(0), reader.GetDecimal(1), reader.GetDecimal(2), reader.GetDecimal(3), reader.GetDecimal(4), reader.GetDecimal(5), reader.GetDecimal(6));
    }
}
