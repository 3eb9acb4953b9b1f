using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;

namespace CollectionGrains.Outreach.Notices;

/// <summary>
/// outreach.document and outreach.notice: each PDF stored once by its SHA-256, each notice once by its id (a retry of
/// the same notice finds the first one and keeps it).
/// </summary>
internal sealed class NoticeArchive(NpgsqlDataSource database)
{
    public const string PdfType = "application/pdf";

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Writes a notice from its wording and values (markup, then PDF with the pay link's QR code) and stores the PDF.</summary>
    public async Task<SharedNotice> WriteAsync(NoticeTemplate template, IReadOnlyDictionary<string, object?> model, string? payLinkUrl)
    {
        var markup = NoticeTemplates.Render(template.Body, model);
        var pdf = NoticePdf.Write(NoticeMarkup.Parse(markup), payLinkUrl, NoticeRules.TitleOf(template.Kind));
        return new SharedNotice(await SaveDocumentAsync(pdf, PdfType), markup, template.Version);
    }

    public async Task<string> SaveDocumentAsync(byte[] content, string contentType)
    {
        var hash = HashOf(content);
        await using var command = database.CreateCommand(
            "INSERT INTO outreach.document (sha256, content_type, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING");
        command.Parameters.AddWithValue(hash);
        command.Parameters.AddWithValue(contentType);
        command.Parameters.AddWithValue(content);
        await command.ExecuteNonQueryAsync();
        return hash;
    }

    /// <summary>Stores the notice (its document stored before); returns the notice as stored, the first one when the id was used before.</summary>
    public async Task<Notice> SaveNoticeAsync(Notice notice, string projectId, string markup)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO outreach.notice (notice_id, household_id, project_id, kind, issued_at, issued_by, deadline, amount_owed,
                                         template_version, document_sha256, markup, batch_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (notice_id) DO NOTHING
            """);
        var p = command.Parameters;
        p.AddWithValue(notice.NoticeId);
        p.AddWithValue(notice.HouseholdId);
        p.AddWithValue(projectId);
        p.AddWithValue(notice.Kind.ToString());
        p.AddWithValue(notice.IssuedAt);
        p.AddWithValue(notice.IssuedBy);
        p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = notice.Deadline is { } d ? d : DBNull.Value });
        p.AddWithValue(notice.AmountOwed);
        p.AddWithValue(notice.TemplateVersion);
        p.AddWithValue(notice.DocumentHash);
        p.AddWithValue(markup);
        p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = (object?)notice.BatchId ?? DBNull.Value });
        await command.ExecuteNonQueryAsync();
        return (await GetAsync(notice.NoticeId))!.Value.Notice;
    }

    public async Task SaveDeliveryAsync(string noticeId, NoticeDelivery delivery)
    {
        await using var command = database.CreateCommand(
            "UPDATE outreach.notice SET delivered_on = $2, delivery_method = $3, delivery_proof = $4 WHERE notice_id = $1");
        command.Parameters.AddWithValue(noticeId);
        command.Parameters.AddWithValue(delivery.DeliveredOn);
        command.Parameters.AddWithValue(delivery.Method);
        command.Parameters.AddWithValue(delivery.Proof);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<(Notice Notice, string Markup, byte[] Pdf)?> GetAsync(string noticeId)
    {
        await using var command = database.CreateCommand("""
            SELECT n.household_id, n.kind, n.issued_at, n.issued_by, n.deadline, n.amount_owed, n.template_version,
                   n.document_sha256, n.batch_id, n.markup, d.content
              FROM outreach.notice n JOIN outreach.document d ON d.sha256 = n.document_sha256
             WHERE n.notice_id = $1
            """);
        command.Parameters.AddWithValue(noticeId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }
        var notice = new Notice(noticeId, reader.GetString(0), Enum.Parse<NoticeKind>(reader.GetString(1)),
            reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
            reader.GetDecimal(5), reader.GetInt32(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8));
        return (notice, reader.GetString(9), reader.GetFieldValue<byte[]>(10));
    }
}
