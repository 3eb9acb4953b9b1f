namespace CollectionGrains.Outreach;

/// <summary>A message's way out: queued (waiting for its window or a retry), sent (the transport took it), delivered
/// (the transport says it arrived), failed (given up after the retries), cancelled (paid before it went, or opted out).</summary>
public enum MessageStatus
{
    Queued,
    Sent,
    Delivered,
    Failed,
    Cancelled,
}
