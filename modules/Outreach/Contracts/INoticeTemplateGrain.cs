namespace CollectionGrains.Outreach;

/// <summary>A group's notice wordings (key: group id), every version kept; a notice names the version it was written from.</summary>
public interface INoticeTemplateGrain : IGrainWithStringKey
{
    /// <summary>The current wording of a kind (the built-in one until the group saves its own).</summary>
    Task<NoticeTemplate> GetAsync(NoticeKind kind);

    Task<NoticeTemplate> GetVersionAsync(NoticeKind kind, int version);

    /// <summary>Checks the wording (a valid template that renders for a sample household) and saves it as the next version.</summary>
    Task<NoticeTemplate> SaveAsync(NoticeKind kind, string body, CollectionGrains.Collection.CollectionActor actor);
}
