namespace CollectionGrains.Collection.Cases;

/// <summary>The task of a case: opened by arrears, grabbed, transferred, escalated, cancelled, closed by payment; every change recorded.</summary>
internal sealed partial class HouseholdCase
{
    /// <summary>抢单: only a task in the pool can be grabbed, and only by a collector; the household joins their package.</summary>
    public CollectionTask Grab(string taskId, CollectionActor actor, DateTimeOffset now)
    {
        var task = CheckGrab(taskId, actor);
        state.Collector = actor.Username;
        Move(task, CollectionTaskStatus.Assigned, actor.Username, actor, now, "抢单");
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        return View(task);
    }

    /// <summary>Throws what <see cref="Grab"/> would refuse, changing nothing.</summary>
    public TaskRecord CheckGrab(string taskId, CollectionActor actor)
    {
        var task = RequireOpen(taskId);
        if (task.Status != CollectionTaskStatus.Pool || state.Collector is not null)
        {
            throw CollectionRejectedException.Conflict(task.Collector is { } holder
                ? $"task {taskId} is no longer in the pool: {holder} holds it"
                : $"task {taskId} is not in the pool (it is {task.Status})");
        }
        if (actor.Rank != ActorRank.Collector)
        {
            throw CollectionRejectedException.Forbidden("only a collector grabs a task; a supervisor assigns it (assignHouseholds)");
        }
        return task;
    }

    /// <summary>Hands the task (and the household) to another collector: by its holder or a supervisor, with a reason.</summary>
    public CollectionTask Transfer(string taskId, string toCollector, string reason, CollectionActor actor, DateTimeOffset now)
    {
        var task = RequireOpen(taskId);
        CaseInput.RequireId(toCollector, "collector");
        CaseInput.RequireText(reason, "reason", 500);
        RequireHolderOrSupervisor(task, actor);
        if (task.Collector == toCollector && task.Status == CollectionTaskStatus.Assigned)
        {
            throw CollectionRejectedException.Conflict($"task {taskId} is held by {toCollector} already");
        }
        state.Collector = toCollector;
        Move(task, CollectionTaskStatus.Assigned, toCollector, actor, now, reason.Trim());
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        return View(task);
    }

    /// <summary>转交上级: the supervisor takes the task; its holder stays named.</summary>
    public CollectionTask Escalate(string taskId, string reason, CollectionActor actor, DateTimeOffset now)
    {
        var task = RequireOpen(taskId);
        CaseInput.RequireText(reason, "reason", 500);
        RequireHolderOrSupervisor(task, actor);
        if (task.Status == CollectionTaskStatus.Escalated)
        {
            throw CollectionRejectedException.Conflict($"task {taskId} is escalated already");
        }
        Move(task, CollectionTaskStatus.Escalated, task.Collector, actor, now, reason.Trim());
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        return View(task);
    }

    /// <summary>Cancels an open task with a reason (a supervisor's decision); it is not reopened until the household has been clear once.</summary>
    public CollectionTask Cancel(string taskId, string reason, CollectionActor actor, DateTimeOffset now)
    {
        var task = RequireOpen(taskId);
        CaseInput.RequireText(reason, "reason", 500);
        if (!actor.IsSupervisor)
        {
            throw CollectionRejectedException.Forbidden("only a supervisor cancels a task");
        }
        Close(task, TaskCloseReason.Cancelled, reason.Trim(), actor, now);
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        return View(task);
    }

    public CollectionTask View(TaskRecord task) => task.View(householdId, state.ProjectId ?? string.Empty);

    private void OpenTask(DateTimeOffset at)
    {
        var status = state.Collector is null ? CollectionTaskStatus.Pool : CollectionTaskStatus.Assigned;
        var task = new TaskRecord { TaskId = $"{householdId}:{state.Tasks.Count + 1}", Status = status, Collector = state.Collector, OpenedAt = at };
        task.Events.Add(new TaskEvent(at, CollectionActor.System.Username, null, status, null, state.Collector, "欠费产生"));
        state.Tasks.Add(task);
        // A new episode of arrears starts unclassified: the first round of the procedure classes it again.
        state.Class = null;
        Facts.Add(new CaseJournalItem(CaseJournalKind.Task, task.TaskId));
    }

    private void Close(TaskRecord task, TaskCloseReason reason, string? note, CollectionActor actor, DateTimeOffset at)
    {
        task.Events.Add(new TaskEvent(at, actor.Username, task.Status, CollectionTaskStatus.Closed, task.Collector, task.Collector, note ?? reason switch
        {
            TaskCloseReason.Paid => "已结清",
            TaskCloseReason.Waived => "减免后结清",
            _ => null,
        }));
        task.Status = CollectionTaskStatus.Closed;
        task.ClosedAt = at;
        task.CloseReason = reason;
        task.CloseNote = note;
        Facts.Add(new CaseJournalItem(CaseJournalKind.Task, task.TaskId));
    }

    private void Move(TaskRecord task, CollectionTaskStatus to, string? collector, CollectionActor actor, DateTimeOffset at, string? reason)
    {
        task.Events.Add(new TaskEvent(at, actor.Username, task.Status, to, task.Collector, collector, reason));
        task.Status = to;
        task.Collector = collector;
        Facts.Add(new CaseJournalItem(CaseJournalKind.Task, task.TaskId));
    }

    private TaskRecord RequireOpen(string taskId)
    {
        var task = state.Tasks.Find(t => t.TaskId == taskId)
            ?? throw CollectionRejectedException.NotFound($"task {taskId} does not exist");
        return task.IsOpen ? task : throw CollectionRejectedException.Conflict($"task {taskId} is closed ({task.CloseReason})");
    }

    private static void RequireHolderOrSupervisor(TaskRecord task, CollectionActor actor)
    {
        if (!actor.IsSupervisor && task.Collector != actor.Username)
        {
            throw CollectionRejectedException.Forbidden($"only the collector holding task {task.TaskId} or a supervisor may change it");
        }
    }
}
