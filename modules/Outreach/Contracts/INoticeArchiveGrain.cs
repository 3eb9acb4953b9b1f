namespace CollectionGrains.Outreach;

/// <summary>The stored notices (stateless, any silo): a notice's PDF and HTML by its id, read from PostgreSQL.</summary>
public interface INoticeArchiveGrain : IGrainWithIntegerKey
{
    Task<NoticeDocument?> GetAsync(string noticeId);
}
