using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Cases;

/// <summary>
/// The rules of one household's collection case, on its stored state: a task opens when the household falls into
/// arrears and closes when nothing is left to pay; contacts set the class and make promises; promises are kept by paying
/// the promised amount by the promised date and broken the day after (the class falls back to B). No clock: every
/// operation is told the time. A refused operation throws <see cref="CollectionRejectedException"/> before changing
/// anything; what changed is listed in <see cref="Facts"/> for the Collection tables.
/// </summary>
internal sealed partial class HouseholdCase(string householdId, CaseState state, CollectionPolicy policy)
{
    public string HouseholdId => householdId;

    public CaseState State => state;

    /// <summary>The facts this instance changed, for the outbox.</summary>
    public List<CaseJournalItem> Facts { get; } = [];

    public bool Changed => Facts.Count > 0;

    /// <summary>
    /// The ledger's news. Money paid while a task is open counts as recovered (up to what was owed); an open promise is
    /// kept once the amount paid since it reaches the promise, or once nothing is owed; a task opens when the household
    /// falls into arrears (unless a cancelled task still stands for these arrears) and closes when nothing is left.
    /// </summary>
    public void ApplyArrears(ArrearsSignal signal)
    {
        if (state.Arrears is { } known && known.Version >= signal.Version)
        {
            return;
        }
        var previous = state.Arrears;
        var on = BusinessCalendar.DateOf(signal.At);
        state.ProjectId = signal.ProjectId;
        state.BuildingId = signal.BuildingId;
        state.Arrears = signal;
        if (state.OpenTask is { } open && previous is not null && signal.TotalPaid != previous.TotalPaid)
        {
            var paid = signal.TotalPaid - previous.TotalPaid;
            state.Recoveries.Add(new Recovery(on, paid > 0 ? Math.Min(paid, previous.Owed) : paid, open.Collector));
        }
        foreach (var promise in state.Promises.Where(p => p.IsOpen))
        {
            promise.PaidTowards = Math.Max(0, signal.TotalPaid - promise.PaidBaseline);
            if ((promise.PaidTowards >= promise.Amount || !signal.InArrears) && on <= promise.Date)
            {
                Decide(promise, PromiseState.Kept, on);
            }
        }
        if (signal.InArrears && state.OpenTask is null && !CancelledForTheseArrears(previous))
        {
            OpenTask(signal.At);
        }
        else if (!signal.InArrears && state.OpenTask is { } task)
        {
            Close(task, signal.Cause == ArrearsCause.Waiver ? TaskCloseReason.Waived : TaskCloseReason.Paid, null, CollectionActor.System, signal.At);
        }
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
    }

    /// <summary>
    /// A new day: an open promise whose date has passed without the promised amount is broken (decided the day after
    /// its date), and the household falls back to class B.
    /// </summary>
    public void PassDay(DateOnly today)
    {
        foreach (var promise in state.Promises.Where(p => p.IsOpen && p.Date < today))
        {
            Decide(promise, PromiseState.Broken, promise.Date.AddDays(1));
            if (state.Class == ContactClass.A_Promised)
            {
                state.Class = ContactClass.B_Undecided;
            }
            Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        }
    }

    /// <summary>Puts the household into a collector's package or back into the pool; its open task follows. False when nothing changed.</summary>
    public bool Assign(string? collector, CollectionActor actor, DateTimeOffset now)
    {
        if (state.Collector == collector)
        {
            return false;
        }
        state.Collector = collector;
        if (state.OpenTask is { } task)
        {
            var status = task.Status == CollectionTaskStatus.Escalated ? CollectionTaskStatus.Escalated
                : collector is null ? CollectionTaskStatus.Pool : CollectionTaskStatus.Assigned;
            Move(task, status, collector, actor, now, collector is null ? "回到公共池" : "分片包户");
        }
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        return true;
    }

    public LegacyIssue RecordLegacyIssue(LegacyIssue issue)
    {
        CaseInput.RequireId(issue.IssueId, "issueId");
        CaseInput.RequireText(issue.Category, "category", 50);
        CaseInput.RequireText(issue.Text, "text", 1000);
        if (state.LegacyIssues.Find(i => i.IssueId == issue.IssueId) is { } existing)
        {
            return existing.Category == issue.Category && existing.Text == issue.Text
                ? existing
                : throw CollectionRejectedException.Conflict($"legacy issue {issue.IssueId} was recorded with other content");
        }
        var recorded = issue with { Category = issue.Category.Trim(), Text = issue.Text.Trim(), ResolvedOn = null, ResolvedBy = null };
        state.LegacyIssues.Add(recorded);
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        return recorded;
    }

    public LegacyIssue ResolveLegacyIssue(string issueId, string by, DateOnly on)
    {
        var index = state.LegacyIssues.FindIndex(i => i.IssueId == issueId);
        if (index < 0)
        {
            throw CollectionRejectedException.NotFound($"household {householdId} has no legacy issue {issueId}");
        }
        if (state.LegacyIssues[index].Resolved)
        {
            return state.LegacyIssues[index];
        }
        state.LegacyIssues[index] = state.LegacyIssues[index] with { ResolvedOn = on, ResolvedBy = by };
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        return state.LegacyIssues[index];
    }

    private void Decide(PromiseRecord promise, PromiseState outcome, DateOnly on)
    {
        promise.State = outcome;
        promise.DecidedOn = on;
        Facts.Add(new CaseJournalItem(CaseJournalKind.Promise, promise.ContactId));
    }

    /// <summary>A task cancelled while these arrears stood is not reopened until the household has been clear once.</summary>
    private bool CancelledForTheseArrears(ArrearsSignal? previous) =>
        state.CurrentTask is { CloseReason: TaskCloseReason.Cancelled } && previous is { InArrears: true };
}
