using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// Month-end snapshots (analytics.kept_month): a closed month's analysis of a node, kept as first produced after the
/// close, so it reproduces exactly whatever is recorded or back-dated later. A month is closed <see cref="CloseAfterDays"/>
/// days after its end, when the last withholding files and counter takings are in. First writer wins. A week's trend
/// point is kept the same way, under its Monday (yyyy-MM-dd) instead of a month.
/// </summary>
internal sealed class KeptMonths(NpgsqlDataSource database)
{
    public const int CloseAfterDays = 3;
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static bool IsClosed(Period month, DateOnly today) => today > month.LastDay.AddDays(CloseAfterDays);

    /// <summary>Whether the week beginning on <paramref name="monday"/> is closed, as a month is after its end.</summary>
    public static bool IsWeekClosed(DateOnly monday, DateOnly today) => today > monday.AddDays(6 + CloseAfterDays);

    /// <summary>The kept snapshots of these months (those kept), with when each was kept.</summary>
    public async Task<Dictionary<Period, (T Body, DateTimeOffset KeptAt)>> ReadAsync<T>(string nodeId, string analysis, IEnumerable<Period> months) =>
        (await ReadKeysAsync<T>(nodeId, analysis, months.Select(m => m.ToString()))).ToDictionary(k => Period.Parse(k.Key), k => k.Value);

    /// <summary>The month's snapshot: the one kept, else this one, kept now (what another silo kept first wins).</summary>
    public Task<(T Body, DateTimeOffset KeptAt)> KeepAsync<T>(string nodeId, string analysis, Period month, T body) =>
        KeepKeyAsync(nodeId, analysis, month.ToString(), body);

    /// <summary>The kept snapshots of the weeks beginning on these Mondays (those kept).</summary>
    public async Task<Dictionary<DateOnly, (T Body, DateTimeOffset KeptAt)>> ReadWeeksAsync<T>(string nodeId, string analysis, IEnumerable<DateOnly> mondays) =>
        (await ReadKeysAsync<T>(nodeId, analysis, mondays.Select(WeekKey))).ToDictionary(k => DateOnly.ParseExact(k.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture), k => k.Value);

    /// <summary>The week's snapshot: the one kept, else this one, kept now.</summary>
    public Task<(T Body, DateTimeOffset KeptAt)> KeepWeekAsync<T>(string nodeId, string analysis, DateOnly monday, T body) =>
        KeepKeyAsync(nodeId, analysis, WeekKey(monday), body);

    private static string WeekKey(DateOnly monday) => monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Dictionary<string, (T Body, DateTimeOffset KeptAt)>> ReadKeysAsync<T>(string nodeId, string analysis, IEnumerable<string> keys)
    {
        await using var command = database.CreateCommand("SELECT period, body::text, kept_at FROM analytics.kept_month WHERE node_id = $1 AND analysis = $2 AND period = ANY($3)");
        command.Parameters.AddWithValue(nodeId);
        command.Parameters.AddWithValue(analysis);
        command.Parameters.AddWithValue(keys.ToArray());
        var kept = new Dictionary<string, (T, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            kept[reader.GetString(0)] = (JsonSerializer.Deserialize<T>(reader.GetString(1), Json)!, reader.GetFieldValue<DateTimeOffset>(2));
        }
        return kept;
    }

    private async Task<(T Body, DateTimeOffset KeptAt)> KeepKeyAsync<T>(string nodeId, string analysis, string key, T body)
    {
        await using (var keep = database.CreateCommand("INSERT INTO analytics.kept_month (node_id, analysis, period, body) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING"))
        {
            keep.Parameters.AddWithValue(nodeId);
            keep.Parameters.AddWithValue(analysis);
            keep.Parameters.AddWithValue(key);
            keep.Parameters.AddWithValue(JsonSerializer.Serialize(body, Json));
            await keep.ExecuteNonQueryAsync();
        }
        return (await ReadKeysAsync<T>(nodeId, analysis, [key]))[key];
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
