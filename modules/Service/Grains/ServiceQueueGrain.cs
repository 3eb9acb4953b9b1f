using System.Globalization;
using System.Text.Json;
using CollectionGrains.Organisation;
using Npgsql;
using Orleans.Concurrency;

namespace CollectionGrains.Service;

/// <summary>
/// Lists the service orders at or below a node from service.service_order, newest first, by status: a building's or a
/// project's by their column, a zone's by its buildings, a branch's, region's or group's by the projects below it.
/// The cursor is the last order's opening time and id.
/// </summary>
[StatelessWorker]
internal sealed class ServiceQueueGrain(NpgsqlDataSource database) : Grain, IServiceQueueGrain
{
    public async Task<ServiceOrderPage> GetOrdersAsync(ServiceOrderStatus? status, int first, string? after)
    {
        first = Math.Clamp(first, 1, 500);
        var (column, keys) = await ScopeAsync(this.GetPrimaryKeyString());
        await using var command = database.CreateCommand($"""
            SELECT body::text, opened_at, order_id FROM service.service_order
             WHERE {column} = ANY($1) AND ($2::text IS NULL OR status = $2)
               AND ($3::timestamptz IS NULL OR (opened_at, order_id) < ($3, $4))
             ORDER BY opened_at DESC, order_id DESC LIMIT $5
            """);
        var cursor = after?.Split('|', 2) is [var ticks, var id] && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? (At: new DateTime(t, DateTimeKind.Utc), Id: id) : default;
        command.Parameters.AddWithValue(keys);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)status?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.TimestampTz, after is null ? DBNull.Value : cursor.At);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)cursor.Id ?? DBNull.Value);
        command.Parameters.AddWithValue(first + 1);
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

    /// <summary>Which column to match and with what: the node itself, its buildings (a zone), or the projects below it.</summary>
    private async Task<(string Column, string[] Keys)> ScopeAsync(string nodeId)
    {
        var node = await GrainFactory.GetGrain<IOrgNodeGrain>(nodeId).GetAsync();
        switch (node?.Info.Level)
        {
            case null:
                return ("project_id", []);
            case OrgLevel.Building:
                return ("building_id", [nodeId]);
            case OrgLevel.Project:
                return ("project_id", [nodeId]);
            case OrgLevel.Zone:
                return ("building_id", [.. (await GrainFactory.GetGrain<IOrgNodeGrain>(nodeId).GetChildrenAsync()).Select(c => c.Info.Id)]);
        }
        var projects = new List<string>();
        var level = new List<string> { nodeId };
        while (level.Count > 0)
        {
            var children = (await Task.WhenAll(level.Select(id => GrainFactory.GetGrain<IOrgNodeGrain>(id).GetChildrenAsync()))).SelectMany(c => c).ToList();
            projects.AddRange(children.Where(c => c.Info.Level == OrgLevel.Project).Select(c => c.Info.Id));
            level = [.. children.Where(c => c.Info.Level < OrgLevel.Project).Select(c => c.Info.Id)];
        }
        return ("project_id", [.. projects]);
    }
}
