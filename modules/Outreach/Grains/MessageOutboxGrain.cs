using System.Globalization;
using CollectionGrains.Collection;
using CollectionGrains.Outreach.Messages;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace CollectionGrains.Outreach;

[StatelessWorker]
internal sealed class MessageOutboxGrain(MessageOutbox outbox, Notices.NoticeArchive archive, OutreachSettings settings, TimeProvider time,
    ILogger<MessageOutboxGrain> logger) : Grain, IMessageOutboxGrain
{
    public const int MaxAttachmentBytes = 5 * 1024 * 1024;

    /// <summary>To the staff member's account in the app (<c>user:{username}</c>); the files are stored first, each once by SHA-256.</summary>
    public async Task<OutboxMessage> SendToStaffAsync(StaffMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.Body) || message.Body.Length > 1000 || message.Attachments.Any(a => a.Content.Length > MaxAttachmentBytes))
        {
            throw CollectionRejectedException.BadInput("a message to staff has a text of 1 to 1,000 characters and files of at most 5 MB each (nothing was recorded)");
        }
        var files = new List<(string, string)>();
        foreach (var file in message.Attachments)
        {
            files.Add((file.FileName, await archive.SaveDocumentAsync(file.Content, file.ContentType)));
        }
        var now = time.GetUtcNow();
        return (await outbox.EnqueueAsync(new OutboxMessage(message.MessageId, null, MessageChannel.AppPush, "user:" + message.Username, message.Body.Trim(),
            false, message.DecidedBy, now, MessageStatus.Queued, 0, now, null, null), message.NodeId, files)).Message;
    }

    public Task<IReadOnlyList<OutboxMessage>> GetAsync(IReadOnlyList<string> messageIds) => outbox.GetAsync(messageIds);

    /// <summary>The cursor is the decision time of the page's last message (ticks): the next page is what was decided before it.</summary>
    public async Task<MessagePage> ListAsync(string nodeId, MessageStatus? status, int first, string? after)
    {
        var scope = await OutboxScope.OfAsync(GrainFactory, nodeId);
        DateTimeOffset? before = long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        var rows = await outbox.ListAsync(scope, status, first + 1, before);
        var page = rows.Take(first).ToList();
        return new MessagePage(page, page.Count > 0 ? page[^1].DecidedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) : null, rows.Count > first);
    }

    public async Task<NotificationOutcome> RecordReceiptAsync(MessageReceipt receipt)
    {
        if (!WebhookSignature.IsValid(settings.MessageWebhookKey, receipt.Body, receipt.Signature))
        {
            logger.ReceiptSignatureRefused();
            return new(false, "bad signature");
        }
        if (ReceiptBody.Parse(receipt.Body) is not { } body)
        {
            return new(false, "the body is not a delivery receipt");
        }
        return await outbox.RecordReceiptAsync(body.MessageId, body.Delivered, body.Reason) is { } status
            ? new(true, status.ToString())
            : new(false, $"no message {body.MessageId}");
    }
}
