using System.Globalization;
using CollectionGrains.Outreach.Messages;
using Orleans.Concurrency;

namespace CollectionGrains.Outreach;

[StatelessWorker]
internal sealed class MessageOutboxGrain(MessageOutbox outbox) : Grain, IMessageOutboxGrain
{
    /// <summary>The cursor is the decision time of the page's last message (ticks): the next page is what was decided before it.</summary>
    public async Task<MessagePage> ListAsync(string projectId, MessageStatus? status, int first, string? after)
    {
        DateTimeOffset? before = long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        var rows = await outbox.ListAsync(projectId, status, first + 1, before);
        var page = rows.Take(first).ToList();
        return new MessagePage(page, page.Count > 0 ? page[^1].DecidedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) : null, rows.Count > first);
    }
}
