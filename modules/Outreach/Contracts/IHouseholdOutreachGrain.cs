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

    /// <summary>送达: records that a notice reached the owner (once; the same record again changes nothing).</summary>
    Task<Notice> RecordDeliveryAsync(string noticeId, NoticeDelivery delivery);

    /// <summary>Asks for the next legal step; refused unless the household is eligible under the project's policy and the step before is done.</summary>
    Task<LegalStepRequest> RequestLegalStepAsync(LegalStep step, string reason, DateOnly? deadline, CollectionActor actor);

    /// <summary>The project manager's decision (not on their own request); an approved letter or public notice is issued at once.</summary>
    Task<LegalStepRequest> DecideLegalStepAsync(string requestId, bool approve, string? note, CollectionActor actor);

    /// <summary>Records the lawsuit of an approved request: it is then done.</summary>
    Task<LegalStepRequest> RecordLawsuitAsync(string requestId, LawsuitRecord lawsuit, CollectionActor actor);

    Task<IReadOnlyList<LegalStepRequest>> GetLegalStepsAsync();

    /// <summary>证据包: bills, payments, contacts, every notice as sent with its delivery, the legal steps — one zip.</summary>
    [ResponseTimeout("00:02:00")]
    Task<byte[]> GetEvidencePackAsync();

    /// <summary>
    /// Decides to send a message: written to the outbox in this one step (idempotent by message id), sent later by a
    /// silo's sender inside the project's contact windows. Refused for a household that owes nothing or opted out of the channel.
    /// </summary>
    Task<OutboxMessage> SendMessageAsync(string messageId, MessageChannel channel, string body, bool isReminder, CollectionActor actor);

    /// <summary>
    /// The automatic message a plan item asks for (a promise reminder, a remote-payment link), worded by its suggested
    /// script, decided once a day (its id says day, reason and task); null when it cannot go (opted out, no phone).
    /// </summary>
    Task<OutboxMessage?> DecideAutomaticReminderAsync(PlanItem item, string groupId);

    /// <summary>A script's wording for the household of a plan item: owner, amount, months, pay link, project, collector.</summary>
    Task<string> RenderScriptAsync(PlanItem item, string groupId, string scriptId, string collectorFallback);

    /// <summary>PIPL: the owner opts out of a channel (or back in); recorded with who and when. Queued messages on it are not sent.</summary>
    Task<IReadOnlyList<MessageChannel>> SetOptOutAsync(MessageChannel channel, bool optedOut, CollectionActor actor);

    Task<IReadOnlyList<MessageChannel>> GetOptOutsAsync();

    /// <summary>诉讼时效 of every unpaid bill, as of today.</summary>
    Task<Limitation> GetLimitationAsync();
}
