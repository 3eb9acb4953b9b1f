using System.Globalization;
using CollectionGrains.Outreach.Messages;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace CollectionGrains.Outreach;

[StatelessWorker]
internal sealed class MessageOutboxGrain(MessageOutbox outbox, OutreachSettings settings, ILogger<MessageOutboxGrain> logger) : Grain, IMessageOutboxGrain
{
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
