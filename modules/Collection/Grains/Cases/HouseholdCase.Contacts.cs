using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Cases;

/// <summary>Contacts: recorded once per id, never for a household that owes nothing, classed A–E, promises made.</summary>
internal sealed partial class HouseholdCase
{
    /// <summary>Records a contact, or returns the one recorded under the same id (AppliedNow false).</summary>
    public (ContactRecord Contact, bool AppliedNow) RecordContact(ContactRequest request, CollectionActor actor, decimal owedNow,
        DateTimeOffset now, int? scriptVersion, VisitCheck? visitCheck = null)
    {
        CaseInput.RequireId(request.ContactId, "contactId");
        // A visit keeps its photo's hash, not its bytes; sent again with the same photo, it is the same contact.
        request = request.Visit is { } evidence ? request with { Visit = evidence.Kept() } : request;
        // A contact sent without its time happened now; sent again without it, it is the same contact.
        var timed = request.At != default;
        if (state.Contacts.Find(c => c.ContactId == request.ContactId) is { } existing)
        {
            return existing.Request == (timed ? request : request with { At = existing.At })
                ? (existing, false)
                : throw CollectionRejectedException.Conflict($"contact {request.ContactId} was recorded with other content; the same id cannot carry other content");
        }
        request = timed ? request : request with { At = now };
        if (owedNow <= 0)
        {
            throw CollectionRejectedException.BadInput($"household {householdId} has nothing to pay: it is not contacted for arrears (nothing was recorded)");
        }
        ContactRules.Validate(request, owedNow, now);
        if ((request.Method == ContactMethod.Visit) != (visitCheck is not null))
        {
            throw CollectionRejectedException.BadInput(request.Method == ContactMethod.Visit
                ? "a visit carries its evidence: visit {qrToken, latitude, longitude, accuracy, photo}"
                : "only a visit carries visit evidence");
        }
        if (actor.Rank == ActorRank.Collector && state.Collector is { } holder && holder != actor.Username)
        {
            throw CollectionRejectedException.Forbidden($"household {householdId} is in {holder}'s package");
        }
        string? capsOverriddenBy = null;
        if (ContactRules.CapProblem(policy, state.Contacts, request) is { } capProblem)
        {
            if (!request.OverrideCaps)
            {
                throw CollectionRejectedException.BadInput($"above the caps: {capProblem}; a supervisor may allow it (overrideCaps)");
            }
            capsOverriddenBy = actor.IsSupervisor ? actor.Username
                : throw CollectionRejectedException.Forbidden("only a supervisor may allow a contact above the caps");
        }
        var record = new ContactRecord(request, actor.Username, owedNow, state.OpenTask?.TaskId,
            ContactRules.OutsideWindow(policy, request), scriptVersion, capsOverriddenBy, now, visitCheck);
        Apply(record, promiseOutcome: null);
        if (request.Outcome == ContactClass.E_Refusing && Counts(record) && state.OpenTask is { Status: not CollectionTaskStatus.Escalated } task)
        {
            Move(task, CollectionTaskStatus.Escalated, task.Collector, actor, request.At, "特殊拒交（E类），转主管处理");
        }
        return (record, true);
    }

    /// <summary>
    /// Contacts of the past, taken as they were recorded then (an earlier system's record sheet, the demo's history), with
    /// what became of their promises; contacts since the oldest unpaid due date belong to the open task. Returns how many
    /// were new.
    /// </summary>
    public int Import(IReadOnlyList<ContactHistoryEntry> history)
    {
        var added = 0;
        foreach (var entry in history.OrderBy(e => e.Contact.At))
        {
            var contact = entry.Contact;
            CaseInput.RequireId(contact.ContactId, "contactId");
            if (state.Contacts.Exists(c => c.ContactId == contact.ContactId))
            {
                continue;
            }
            var episodeStart = state.Arrears?.OldestDueDate;
            var taskId = state.OpenTask is { } open && episodeStart is { } start && BusinessCalendar.DateOf(contact.At) >= start ? open.TaskId : null;
            Apply(contact with { TaskId = taskId }, entry);
            added++;
        }
        return added;
    }

    /// <summary>
    /// 作弊标记: a supervisor's verdict on a visit, with a note; given again, the latest stands. A visit found to be
    /// cheating stops counting as a visit (as a flagged one never did).
    /// </summary>
    public ContactRecord ReviewVisit(string contactId, bool cheating, string? note, CollectionActor actor, DateTimeOffset now)
    {
        var index = state.Contacts.FindIndex(c => c.ContactId == contactId);
        if (index < 0 || state.Contacts[index].VisitCheck is not { } check)
        {
            throw CollectionRejectedException.NotFound($"household {householdId} has no visit {contactId}");
        }
        if (!actor.IsSupervisor)
        {
            throw CollectionRejectedException.Forbidden("only a supervisor reviews visits");
        }
        note = note?.Trim() is { Length: > 0 } text ? text : null;
        if (note is { Length: > 1000 })
        {
            throw CollectionRejectedException.BadInput("a review's note has at most 1000 characters");
        }
        if (check.Review is { } given && given.Cheating == cheating && given.Note == note)
        {
            return state.Contacts[index];
        }
        state.Contacts[index] = state.Contacts[index] with { VisitCheck = check with { Review = new VisitReview(cheating, note, actor.Username, now) } };
        Facts.Add(new CaseJournalItem(CaseJournalKind.Visit, contactId));
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        return state.Contacts[index];
    }

    /// <summary>A contact that tells how the owner stands: not a written demand, and not a visit that failed its checks or was found to be cheating.</summary>
    private static bool Counts(ContactRecord record) => !ContactRules.IsWritten(record.Request.Method) && record.VisitCheck is not { Counts: false };

    private void Apply(ContactRecord record, ContactHistoryEntry? promiseOutcome)
    {
        state.Contacts.Add(record);
        var request = record.Request;
        if (state.Contacts.All(c => c.At <= record.At) && Counts(record))
        {
            state.Class = request.Outcome;
        }
        if (state.ServiceFollowUpSince is { } since && record.At >= since && Counts(record))
        {
            state.ServiceFollowUpSince = null;
        }
        if (record.VisitCheck is not null)
        {
            Facts.Add(new CaseJournalItem(CaseJournalKind.Visit, record.ContactId));
        }
        if (request is { Outcome: ContactClass.A_Promised, PromisedDate: { } date, PromisedAmount: { } amount })
        {
            foreach (var open in state.Promises.Where(p => p.IsOpen))
            {
                open.Superseded = true;
                Facts.Add(new CaseJournalItem(CaseJournalKind.Promise, open.ContactId));
            }
            var promise = new PromiseRecord
            {
                ContactId = record.ContactId, Date = date, Amount = amount, MadeAt = record.At, Collector = record.Collector,
                PaidBaseline = state.Arrears?.TotalPaid ?? 0, State = PromiseState.Open,
            };
            state.Promises.Add(promise);
            if (promiseOutcome is { PromiseOutcome: { } outcome and not PromiseState.Open, DecidedOn: { } decidedOn })
            {
                promise.PaidTowards = outcome == PromiseState.Kept ? amount : 0;
                Decide(promise, outcome, decidedOn);
                if (outcome == PromiseState.Broken && state.Class == ContactClass.A_Promised)
                {
                    state.Class = ContactClass.B_Undecided;
                }
            }
            Facts.Add(new CaseJournalItem(CaseJournalKind.Promise, record.ContactId));
        }
        Facts.Add(new CaseJournalItem(CaseJournalKind.Contact, record.ContactId));
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
    }
}
