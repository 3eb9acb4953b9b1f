namespace CollectionGrains.Outreach;

/// <summary>
/// Notices for every household in arrears below a node, issued in the background: how many there are, how many were
/// issued, skipped (paid meanwhile) or failed, and when it finished. A public notice is one document for them all.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.NoticeBatch")]
public sealed record NoticeBatch(
    [property: Id(0)] string BatchId,
    [property: Id(1)] string NodeId,
    [property: Id(2)] NoticeKind Kind,
    [property: Id(3)] DateOnly? Deadline,
    [property: Id(4)] string RequestedBy,
    [property: Id(5)] DateTimeOffset StartedAt,
    [property: Id(6)] int Total,
    [property: Id(7)] int Issued,
    [property: Id(8)] int Skipped,
    [property: Id(9)] int Failed,
    [property: Id(10)] DateTimeOffset? FinishedAt,
    [property: Id(11)] string? SharedNoticeId);
