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
    Task RevokePayLinksAsync(CollectionGrains.Collection.CollectionActor actor);
}
