using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using static CollectionGrains.Hosting.Journal.BatchCommands;

namespace CollectionGrains.Service;

/// <summary>
/// The service tables (deploy/postgres/migrations/0021_service.sql): each order's latest state — plain columns for the
/// reason analysis, and the whole order as JSON for the lists — its status changes, and its photos by SHA-256.
/// Every write is idempotent: an order's row is replaced by a newer state (more events), events are inserted once.
/// </summary>
internal sealed class ServiceTables(NpgsqlDataSource database)
{
    public async Task SavePhotoAsync(string sha256, string contentType, byte[] content)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO service.photo (sha256, content_type, size_bytes, content) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING
            """);
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue(contentType);
        command.Parameters.AddWithValue(content.Length);
        command.Parameters.AddWithValue(content);
        await command.ExecuteNonQueryAsync();
    }

    public async Task WriteOrdersAsync(IReadOnlyList<ServiceOrder> orders)
    {
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(Command("""
            INSERT INTO service.service_order (order_id, household_id, project_id, building_id, category, description, contact_id, status,
                deadline, opened_by, opened_at, resolved_at, confirmed_at, events, body)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[],
                $10::text[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::int[], $15::jsonb[])
            ON CONFLICT (order_id) DO UPDATE SET status = excluded.status, deadline = excluded.deadline, resolved_at = excluded.resolved_at,
                confirmed_at = excluded.confirmed_at, events = excluded.events, body = excluded.body, updated_at = now()
             WHERE service.service_order.events < excluded.events
            """,
            Column(orders, o => o.OrderId), Column(orders, o => o.HouseholdId), Column(orders, o => o.ProjectId), Column(orders, o => o.BuildingId),
            Column(orders, o => o.Category.ToString()), Column(orders, o => o.Description), NullableColumn(orders, o => o.ContactId, NpgsqlDbType.Text),
            Column(orders, o => o.Status.ToString()), Dates(orders, o => o.Deadline), Column(orders, o => o.OpenedBy), Column(orders, o => o.OpenedAt.UtcDateTime),
            NullableColumn(orders, o => Last(o, ServiceOrderStatus.Resolved), NpgsqlDbType.TimestampTz),
            NullableColumn(orders, o => Last(o, ServiceOrderStatus.Confirmed), NpgsqlDbType.TimestampTz),
            Column(orders, o => o.Events.Count), Column(orders, o => JsonSerializer.Serialize(o))));
        var events = orders.SelectMany(o => o.Events.Select((e, seq) => (o.OrderId, Seq: seq, E: e))).ToList();
        batch.BatchCommands.Add(Command("""
            INSERT INTO service.service_order_event (order_id, seq, at, actor, from_status, to_status, note)
            SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[]) ON CONFLICT DO NOTHING
            """, Column(events, e => e.OrderId), Column(events, e => e.Seq), Column(events, e => e.E.At.UtcDateTime), Column(events, e => e.E.By),
            NullableColumn(events, e => e.E.From?.ToString(), NpgsqlDbType.Text), Column(events, e => e.E.To.ToString()),
            NullableColumn(events, e => e.E.Note, NpgsqlDbType.Text)));
        await batch.ExecuteNonQueryAsync();
    }

    private static DateTime? Last(ServiceOrder order, ServiceOrderStatus status) =>
        order.Events.LastOrDefault(e => e.To == status)?.At.UtcDateTime;
}
