using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Cases;

/// <summary>A case as others read it: in brief for its project and collector, or whole for the household's page.</summary>
internal static class CaseViews
{
    /// <summary>Contacts this recent go into the summary (the plan's history): enough for the caps (7 days) and the weekly minimum. A visit that failed its checks is not there: it does not count for the plan.</summary>
    private const int RecentContactDays = 14;

    /// <summary>Recoveries this recent go into the summary: this month and last month.</summary>
    private const int RecentRecoveryDays = 62;

    public static CaseSummary Summary(string householdId, CaseState state, DateOnly today)
    {
        var task = state.CurrentTask;
        var since = today.AddDays(-RecentContactDays);
        return new CaseSummary(householdId, state.ProjectId ?? string.Empty, state.BuildingId ?? string.Empty, state.CommitCount,
            state.Collector, task?.TaskId, task?.Status, task?.OpenedAt, task?.ClosedAt,
            state.Arrears?.Owed ?? 0, state.Arrears?.OldestDueDate, state.Class, LatestPromise(state)?.View(),
            task is null ? 0 : state.Contacts.Count(c => c.TaskId == task.TaskId && c.VisitCheck is not { Counts: false }),
            [.. state.Contacts.Where(c => BusinessCalendar.DateOf(c.At) > since && c.VisitCheck is not { Counts: false }).OrderBy(c => c.At)
                .Select(c => new ContactMark(c.At, c.Request.Method, c.Request.Answered, c.Collector, c.OutsideWindow))],
            [.. state.LegacyIssues.Where(i => !i.Resolved)],
            [.. state.Recoveries.Where(r => r.On > today.AddDays(-RecentRecoveryDays))],
            state.Paused, state.ServiceFollowUpSince is not null, state.Arrears?.Grade ?? Customers.Grade.SelfPayer);
    }

    public static CollectionCase Case(string householdId, CaseState state, PlannedAction? next) =>
        new(householdId, state.ProjectId, state.Collector,
            state.CurrentTask?.View(householdId, state.ProjectId ?? string.Empty),
            state.OpenTask is null ? null : state.Class, LatestPromise(state)?.View(),
            [.. state.Contacts.OrderByDescending(c => c.At)], [.. state.LegacyIssues],
            state.Promises.Count(p => p.State == PromiseState.Broken && !p.Superseded),
            state.Arrears?.Owed ?? 0, next, state.Service?.Open ?? [], [.. state.Warnings]);

    /// <summary>The open promise, or else the latest one decided.</summary>
    private static PromiseRecord? LatestPromise(CaseState state) =>
        state.Promises.LastOrDefault(p => p.IsOpen) ?? state.Promises.LastOrDefault(p => !p.Superseded);
}
