using System.Globalization;
using System.Text.Json;
using CollectionGrains.Organisation;
using Npgsql;
using Orleans.Concurrency;

namespace CollectionGrains.Service;

/// <summary>
/// Lists the service orders at or below a node (<see cref="NodeReach"/>) from service.service_order, newest first, by
/// status. The cursor is the last order's opening time and id.
/// </summary>
[StatelessWorker]
internal sealed class ServiceQueueGrain(NpgsqlDataSource database) : Grain, IServiceQueueGrain
{
    public async Task<ServiceOrderPage> GetOrdersAsync(ServiceOrderStatus? status, int first, string? after)
    {
        first = Math.Clamp(first, 1, 500);
        var reach = await NodeReach.OfAsync(GrainFactory, this.GetPrimaryKeyString());
        await using var command = database.CreateCommand($"""
            SELECT body::text, opened_at, order_id FROM service.service_order
             WHERE {NodeReach.Condition("$1", "$6")} AND ($2::text IS NULL OR status = $2)
               AND ($3::timestamptz IS NULL OR (opened_at, order_id) < ($3, $4))
             ORDER BY opened_at DESC, order_id DESC LIMIT $5
            """);
        var cursor = after?.Split('|', 2) is [var ticks, var id] && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? (At: new DateTime(t, DateTimeKind.Utc), Id: id) : default;
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)status?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.TimestampTz, after is null ? DBNull.Value : cursor.At);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)cursor.Id ?? DBNull.Value);
        command.Parameters.AddWithValue(first + 1);
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        var orders = new List<(ServiceOrder Order, DateTime At)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            orders.Add((JsonSerializer.Deserialize<ServiceOrder>(reader.GetString(0))!, reader.GetDateTime(1)));
        }
        var next = orders.Count > first ? orders[first - 1] : default;
        return new ServiceOrderPage([.. orders.Take(first).Select(o => o.Order)],
            next.Order is null ? null : string.Create(CultureInfo.InvariantCulture, $"{next.At.Ticks}|{next.Order.OrderId}"));
    }
}
