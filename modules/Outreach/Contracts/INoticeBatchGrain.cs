using CollectionGrains.Collection;

namespace CollectionGrains.Outreach;

/// <summary>One batch of notices (key: batch id): started once, carried on after a restart until every household is done.</summary>
public interface INoticeBatchGrain : IGrainWithStringKey
{
    /// <summary>Lists the households in arrears below the node and starts issuing; the same batch id again answers the batch as it stands.</summary>
    Task<NoticeBatch> StartAsync(string nodeId, NoticeKind kind, DateOnly? deadline, CollectionActor actor);

    Task<NoticeBatch?> GetAsync();
}
