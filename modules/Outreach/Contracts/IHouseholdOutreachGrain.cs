using CollectionGrains.Collection;

namespace CollectionGrains.Outreach;

/// <summary>
/// How a household is reached (key: household id): its pay links, the notices issued to it, its consent per message
/// channel and its legal steps. Every change is written to PostgreSQL before the call returns.
/// </summary>
public interface IHouseholdOutreachGrain : IGrainWithStringKey
{
    /// <summary>A fresh pay link for the household, valid for the configured time unless revoked.</summary>
    Task<PayLink> GetPayLinkAsync();

    /// <summary>The generation a pay link must carry to be good; revoking raises it.</summary>
    Task<int> GetPayLinkGenerationAsync();

    /// <summary>Every pay link issued so far stops working; a new one is issued on demand.</summary>
    Task RevokePayLinksAsync(CollectionActor actor);

    /// <summary>
    /// Writes the notice from the group's current wording with what is owed today (or takes a batch's shared document),
    /// stores its PDF and records it as a contact of the case; idempotent by notice id. Refused for a household that owes nothing.
    /// </summary>
    Task<Notice> IssueNoticeAsync(NoticeRequest request, CollectionActor actor, SharedNotice? shared = null);

    /// <summary>The notices issued to the household, newest first.</summary>
    Task<IReadOnlyList<Notice>> GetNoticesAsync();
}
