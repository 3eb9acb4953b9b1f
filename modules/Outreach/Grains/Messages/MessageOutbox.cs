using Npgsql;

namespace CollectionGrains.Outreach.Messages;

/// <summary>
/// outreach.message: a message is written once (the decision), claimed by one sender at a time under a lease, and
/// ends sent, failed or cancelled; a lease that runs out (a silo died mid-send) lets another sender take it again.
/// </summary>
internal sealed class MessageOutbox(NpgsqlDataSource database, Microsoft.Extensions.Options.IOptions<Orleans.Configuration.ClusterOptions> cluster)
{
    private const string Written = "message_id, household_id, channel, recipient, body, is_reminder, decided_by, decided_at, status, attempts, next_attempt_at, sent_at, note, project_id";
    private const string Columns = Written + ", delivered_at";

    /// <summary>
    /// Writes the decision; returns the message as stored (the first one when the id was used before). A message to staff
    /// has no household, <paramref name="projectId"/> the node it is about, and its files (stored before by SHA-256).
    /// </summary>
    public async Task<(OutboxMessage Message, string ProjectId)> EnqueueAsync(OutboxMessage message, string projectId,
        IReadOnlyList<(string FileName, string Sha256)>? attachments = null)
    {
        await using var command = database.CreateCommand($"""
            INSERT INTO outreach.message ({Written}, service_id, attachments) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'Queued', 0, $9, NULL, NULL, $10, $11, $12::jsonb)
            ON CONFLICT (message_id) DO NOTHING
            """);
        foreach (var value in new object?[] { message.MessageId, message.HouseholdId, message.Channel.ToString(), message.Recipient, message.Body,
            message.IsReminder, message.DecidedBy, message.DecidedAt, message.NextAttemptAt, projectId, cluster.Value.ServiceId,
            attachments is null ? null : System.Text.Json.JsonSerializer.Serialize(attachments.Select(a => new { name = a.FileName, sha256 = a.Sha256 })) })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
        await command.ExecuteNonQueryAsync();
        return (await ReadAsync("WHERE message_id = $1", message.MessageId)).Single();
    }

    /// <summary>A message's files with their bytes (none for a message to an owner).</summary>
    public async Task<IReadOnlyList<(string FileName, string ContentType, byte[] Content)>> AttachmentsAsync(string messageId)
    {
        await using var command = database.CreateCommand("""
            SELECT a.file->>'name', d.content_type, d.content
              FROM outreach.message m, jsonb_array_elements(m.attachments) WITH ORDINALITY AS a(file, n)
              JOIN outreach.document d ON d.sha256 = a.file->>'sha256'
             WHERE m.message_id = $1 ORDER BY a.n
            """);
        command.Parameters.AddWithValue(messageId);
        var files = new List<(string, string, byte[])>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            files.Add((reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
        }
        return files;
    }

    public async Task<IReadOnlyList<OutboxMessage>> GetAsync(IReadOnlyList<string> messageIds) =>
        [.. (await ReadAsync("WHERE message_id = ANY($1) AND service_id = $2 ORDER BY decided_at", messageIds.ToArray(), cluster.Value.ServiceId)).Select(r => r.Message)];

    /// <summary>Takes up to <paramref name="count"/> due messages for this sender for the lease's length.</summary>
    public async Task<IReadOnlyList<(OutboxMessage Message, string ProjectId)>> ClaimAsync(string owner, int count, TimeSpan lease)
    {
        await using var command = database.CreateCommand($"""
            UPDATE outreach.message SET lease_owner = $1, lease_until = now() + $2 * interval '1 second'
             WHERE message_id IN (SELECT message_id FROM outreach.message
                                   WHERE service_id = $4 AND status = 'Queued' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
                                   ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING {Columns}
            """);
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(lease.TotalSeconds);
        command.Parameters.AddWithValue(count);
        command.Parameters.AddWithValue(cluster.Value.ServiceId);
        return await ReadRowsAsync(command);
    }

    /// <summary>The message's next state, if this sender still holds it (a sender whose lease ran out changes nothing).</summary>
    public async Task<bool> SettleAsync(string messageId, string owner, MessageStatus status, int attempts, DateTimeOffset nextAttemptAt, string? note)
    {
        await using var command = database.CreateCommand("""
            UPDATE outreach.message SET status = $3, attempts = $4, next_attempt_at = $5, note = $6, lease_owner = NULL, lease_until = NULL,
                   sent_at = CASE WHEN $3 = 'Sent' THEN now() ELSE sent_at END
             WHERE message_id = $1 AND lease_owner = $2
            """);
        command.Parameters.AddWithValue(messageId);
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(status.ToString());
        command.Parameters.AddWithValue(attempts);
        command.Parameters.AddWithValue(nextAttemptAt.ToUniversalTime());
        command.Parameters.AddWithValue((object?)note ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    /// <summary>
    /// The gateway's receipt: delivered (whatever the sender believed: a message posted by a silo that died is still
    /// delivered) or failed (only while not yet delivered, so a late or replayed failure cannot undo a delivery). The
    /// lease is cleared, so a sender still waiting for the gateway's answer cannot overwrite it. Null: no such message.
    /// </summary>
    public async Task<MessageStatus?> RecordReceiptAsync(string messageId, bool delivered, string? reason)
    {
        await using var command = database.CreateCommand("""
            UPDATE outreach.message SET status = CASE WHEN $2 THEN 'Delivered' ELSE 'Failed' END, lease_owner = NULL, lease_until = NULL,
                   delivered_at = CASE WHEN $2 THEN now() END, note = CASE WHEN $2 THEN NULL ELSE $3 END
             WHERE message_id = $1 AND service_id = $4 AND CASE WHEN $2 THEN status <> 'Delivered' ELSE status IN ('Queued', 'Sent') END
            """);
        command.Parameters.AddWithValue(messageId);
        command.Parameters.AddWithValue(delivered);
        command.Parameters.AddWithValue(reason is null ? "the gateway could not deliver it" : "the gateway could not deliver it: " + reason);
        command.Parameters.AddWithValue(cluster.Value.ServiceId);
        await command.ExecuteNonQueryAsync();
        return (await ReadAsync("WHERE message_id = $1 AND service_id = $2", messageId, cluster.Value.ServiceId)).FirstOrDefault().Message?.Status;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxScope scope, MessageStatus? status, int first, DateTimeOffset? before) =>
        [.. (await ReadAsync("""
            WHERE project_id = ANY($1) AND household_id IS NOT NULL AND ($2::text IS NULL OR status = $2) AND ($3::timestamptz IS NULL OR decided_at < $3)
              AND ($5::text[] IS NULL OR household_id IN (SELECT household_id FROM billing.household WHERE building_id = ANY($5)))
            ORDER BY decided_at DESC LIMIT $4
            """, scope.ProjectIds.ToArray(), (object?)status?.ToString() ?? DBNull.Value, (object?)before ?? DBNull.Value, first,
            (object?)scope.BuildingIds?.ToArray() ?? DBNull.Value)).Select(r => r.Message)];

    private async Task<IReadOnlyList<(OutboxMessage Message, string ProjectId)>> ReadAsync(string where, params object[] values)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM outreach.message {where}");
        foreach (var value in values)
        {
            command.Parameters.Add(value is DBNull ? new NpgsqlParameter { Value = DBNull.Value } : new NpgsqlParameter { Value = value });
        }
        return await ReadRowsAsync(command);
    }

    private static async Task<IReadOnlyList<(OutboxMessage Message, string ProjectId)>> ReadRowsAsync(NpgsqlCommand command)
    {
        var rows = new List<(OutboxMessage, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((new OutboxMessage(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), Enum.Parse<MessageChannel>(reader.GetString(2)), reader.GetString(3),
                reader.GetString(4), reader.GetBoolean(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7), Enum.Parse<MessageStatus>(reader.GetString(8)),
                reader.GetInt32(9), reader.GetFieldValue<DateTimeOffset>(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
                reader.IsDBNull(12) ? null : reader.GetString(12), reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14)), reader.GetString(13)));
        }
        return rows;
    }
}
