using System.Text.Json;
using System.Text.Json.Serialization;
using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// Month-end snapshots (analytics.kept_month): a closed month's analysis of a node, kept as first produced after the
/// close, so it reproduces exactly whatever is recorded or back-dated later. A month is closed <see cref="CloseAfterDays"/>
/// days after its end, when the last withholding files and counter takings are in. First writer wins.
/// </summary>
internal sealed class KeptMonths(NpgsqlDataSource database)
{
    public const int CloseAfterDays = 3;
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static bool IsClosed(Period month, DateOnly today) => today > month.LastDay.AddDays(CloseAfterDays);

    /// <summary>The kept snapshots of these months (those kept), with when each was kept.</summary>
    public async Task<Dictionary<Period, (T Body, DateTimeOffset KeptAt)>> ReadAsync<T>(string nodeId, string analysis, IEnumerable<Period> months)
    {
        await using var command = database.CreateCommand("SELECT period, body::text, kept_at FROM analytics.kept_month WHERE node_id = $1 AND analysis = $2 AND period = ANY($3)");
        command.Parameters.AddWithValue(nodeId);
        command.Parameters.AddWithValue(analysis);
        command.Parameters.AddWithValue(months.Select(m => m.ToString()).ToArray());
        var kept = new Dictionary<Period, (T, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            kept[Period.Parse(reader.GetString(0))] = (JsonSerializer.Deserialize<T>(reader.GetString(1), Json)!, reader.GetFieldValue<DateTimeOffset>(2));
        }
        return kept;
    }

    /// <summary>The month's snapshot: the one kept, else this one, kept now (what another silo kept first wins).</summary>
    public async Task<(T Body, DateTimeOffset KeptAt)> KeepAsync<T>(string nodeId, string analysis, Period month, T body)
    {
        await using (var keep = database.CreateCommand("INSERT INTO analytics.kept_month (node_id, analysis, period, body) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING"))
        {
            keep.Parameters.AddWithValue(nodeId);
            keep.Parameters.AddWithValue(analysis);
            keep.Parameters.AddWithValue(month.ToString());
            keep.Parameters.AddWithValue(JsonSerializer.Serialize(body, Json));
            await keep.ExecuteNonQueryAsync();
        }
        return (await ReadAsync<T>(nodeId, analysis, [month]))[month];
    }

    /// <summary>A closed month's snapshot (kept now when first asked); an open month's figures produced live.</summary>
    public async Task<T> OfMonthAsync<T>(string nodeId, string analysis, Period month, DateOnly today, Func<Task<T>> produce, Func<T, DateTimeOffset, T>? stamp = null)
    {
        if (!IsClosed(month, today))
        {
            return await produce();
        }
        var (body, keptAt) = (await ReadAsync<T>(nodeId, analysis, [month])).TryGetValue(month, out var kept) ? kept : await KeepAsync(nodeId, analysis, month, await produce());
        return stamp is null ? body : stamp(body, keptAt);
    }
}
