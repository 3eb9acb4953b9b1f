using Orleans.Concurrency;

namespace CollectionGrains.Collection;

/// <summary>
/// A household's collection case (key: household id), the unit of consistency for its collection work: who holds the
/// household, its task, its contacts and their classes, its promises, its legacy issues. Every change is written to
/// PostgreSQL before the call returns; refusals throw <see cref="CollectionRejectedException"/> and change nothing.
/// </summary>
public interface IHouseholdCaseGrain : IGrainWithStringKey
{
    /// <summary>From the household's ledger: what it owes now. Opens a task when it falls into arrears, closes it when nothing is left.</summary>
    Task ApplyArrearsAsync(ArrearsSignal signal);

    /// <summary>From the household's service orders: dunning pauses while one is open; a confirmed fix asks for a follow-up contact.</summary>
    Task ApplyServiceAsync(ServiceSignal signal);

    /// <summary>Records a contact, idempotent by its id; refused for a household that owes nothing.</summary>
    Task<ContactReceipt> RecordContactAsync(ContactRequest contact, CollectionActor actor);

    /// <summary>Contacts of the past (an earlier system's record sheet, the demo's history), taken as recorded then; idempotent by id.</summary>
    Task<int> ImportContactsAsync(IReadOnlyList<ContactHistoryEntry> history);

    /// <summary>作弊标记: a supervisor's verdict on a visit of this household (cheating or not, with a note).</summary>
    Task<ContactRecord> ReviewVisitAsync(string contactId, bool cheating, string? note, CollectionActor actor);

    /// <summary>A visit's photo as stored; null when the contact is no visit or its photo failed the check.</summary>
    Task<VisitPhoto?> GetVisitPhotoAsync(string contactId);

    /// <summary>门牌二维码: the signed code for the household's door label (for supervisors and above: it is what a visit proves).</summary>
    Task<string> GetDoorCodeAsync();

    /// <summary>Revokes the household's door code (a label torn off or copied) and returns the new one; the old one proves nothing any more.</summary>
    Task<string> RevokeDoorCodeAsync(CollectionActor actor);

    Task<CollectionCase> GetAsync();

    /// <summary>The collector whose package holds the household; null: the project's pool.</summary>
    [AlwaysInterleave]
    Task<string?> GetCollectorAsync();

    Task<CollectionTask?> GetTaskAsync(string taskId);

    /// <summary>抢单: takes a task from the pool into the caller's package; exactly one of concurrent grabs wins, the others get CONFLICT.</summary>
    Task<CollectionTask> GrabAsync(string taskId, CollectionActor actor);

    Task<CollectionTask> TransferAsync(string taskId, string toCollector, string reason, CollectionActor actor);

    /// <summary>转交上级: hands the task up to the supervisor.</summary>
    Task<CollectionTask> EscalateAsync(string taskId, string reason, CollectionActor actor);

    Task<CollectionTask> CancelAsync(string taskId, string reason, CollectionActor actor);

    /// <summary>Puts the household into a collector's package, or back into the pool (null). False when it was there already.</summary>
    Task<bool> AssignAsync(string? collector, CollectionActor actor);

    Task<LegacyIssue> RecordLegacyIssueAsync(LegacyIssue issue, CollectionActor actor);

    Task<LegacyIssue> ResolveLegacyIssueAsync(string issueId, CollectionActor actor);

    /// <summary>A new day: promises past their date are broken, this week's and this month's figures move on.</summary>
    Task RefreshAsync();
}
