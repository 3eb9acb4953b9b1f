using CollectionGrains.Collection.Cases;
using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Planning;

/// <summary>
/// The standard procedure (DOMAIN.md) as a rule: from a case's class and recent contacts, the next contact it asks for
/// on a day — the first round within the first days of a task; A: a reminder the day before the promised date; B: every
/// day, and after no answer a second try at another time of day at least the retry interval later; C: a visit for a new
/// number; D: every day with a remote-payment link; E or escalated: the supervisor's; after a service order
/// the owner confirmed fixed, a follow-up at once; nothing while a service order is open; and for every class, contacts
/// spaced through the week so that the weekly minimum of the household's grade is reached (and the first round by the
/// grade's method: 差异催收). Never outside the project's windows, never above its
/// caps (attempts a day, answered contacts a day, attempts in 7 days).
/// </summary>
internal static class CollectionPlanner
{
    public static PlannedAction? Next(CaseSummary @case, CollectionPolicy policy, DateOnly date, DateTimeOffset now)
    {
        if (!@case.HasOpenTask || @case.Paused || policy.WindowsOn(date).Count == 0)
        {
            return null;
        }
        var history = new PlanHistory(@case.RecentContacts.Where(c => ContactRules.IsDirect(c.Method)).ToList(), date);
        if (history.OnDay.Count >= policy.MaxAttemptsPerDay || history.OnDay.Count(c => c.Answered) >= policy.MaxAnsweredPerDay
            || history.InSevenDays >= policy.MaxAttemptsPer7Days)
        {
            return null;
        }
        if (Choose(@case, policy, history) is not var (method, reason, overdue))
        {
            return null;
        }
        var earliest = BusinessCalendar.DateOf(now) == date ? now : BusinessCalendar.At(date, TimeOnly.MinValue);
        ContactWindow? avoid = null;
        if (reason == PlanReason.RetryNoAnswer && history.OnDay[^1] is var last)
        {
            earliest = Later(earliest, last.At.AddMinutes(policy.NoAnswerRetryMinutes));
            avoid = policy.WindowsOn(date).FirstOrDefault(w => w.Contains(BusinessCalendar.TimeOf(last.At)));
        }
        return Window(policy, date, earliest, avoid) is { } window
            ? new PlannedAction(method, reason, Later(BusinessCalendar.At(date, window.Start), earliest), BusinessCalendar.At(date, window.End), overdue)
            : null;
    }

    private static (ContactMethod Method, PlanReason Reason, bool Overdue)? Choose(CaseSummary @case, CollectionPolicy policy, PlanHistory history)
    {
        var date = history.Date;
        var spacing = Spacing(@case, policy, history);
        if (@case.ServiceFollowUpDue)
        {
            return (ContactMethod.Phone, PlanReason.ServiceFollowUp, false);
        }
        if (@case.TaskStatus == CollectionTaskStatus.Escalated || @case.Class == ContactClass.E_Refusing)
        {
            return spacing is { } due ? (ContactMethod.Phone, PlanReason.SupervisorCase, due) : null;
        }
        if (@case.ContactsInTask == 0 || @case.Class is null)
        {
            var deadline = BusinessCalendar.DateOf(@case.TaskOpenedAt!.Value).AddDays(policy.FirstRoundDays);
            return history.OnDay.Count == 0 ? (policy.TreatmentOf(@case.Grade).FirstMethod, PlanReason.FirstRound, date > deadline) : null;
        }
        if (@case.Class == ContactClass.B_Undecided && history.OnDay.Count > 0)
        {
            return history.OnDay[^1].Answered ? null : (ContactMethod.Phone, PlanReason.RetryNoAnswer, false);
        }
        if (history.OnDay.Count > 0)
        {
            return null;
        }
        var missedYesterday = history.LastDay is not { } last || last < date.AddDays(-1);
        return @case.Class switch
        {
            ContactClass.A_Promised when @case.Promise is { State: PromiseState.Open } promise && promise.Date.AddDays(-1) == date =>
                (ContactMethod.Sms, PlanReason.PromiseReminder, false),
            ContactClass.B_Undecided => (ContactMethod.Phone, PlanReason.DailyFollowUp, missedYesterday),
            ContactClass.D_Away => (ContactMethod.WeChat, PlanReason.RemotePaymentLink, missedYesterday),
            ContactClass.C_Unreachable when spacing is { } due => (ContactMethod.Visit, PlanReason.VisitForNewNumber, due),
            _ when spacing is { } due => (ContactMethod.Phone, PlanReason.WeeklyMinimum, due),
            _ => null,
        };
    }

    /// <summary>
    /// Whether the weekly minimum asks for a contact today: contacts are spaced through the week (every days-with-windows ÷
    /// minimum days), and one is due for certain (overdue: true) when the days left with windows are no more than the
    /// contacts still missing. Null when none is needed today.
    /// </summary>
    private static bool? Spacing(CaseSummary @case, CollectionPolicy policy, PlanHistory history)
    {
        var date = history.Date;
        if (history.OnDay.Count > 0)
        {
            return null;
        }
        var weekStart = BusinessCalendar.WeekStart(date);
        var week = Enumerable.Range(0, 7).Select(weekStart.AddDays).Where(d => policy.WindowsOn(d).Count > 0).ToList();
        var weeklyMinimum = policy.TreatmentOf(@case.Grade).WeeklyMinimum;
        var missing = weeklyMinimum - history.Before(weekStart);
        if (missing <= 0)
        {
            return null;
        }
        if (week.Count(d => d >= date) <= missing)
        {
            return true;
        }
        var interval = Math.Max(1, week.Count / weeklyMinimum);
        return history.LastDay is not { } last || last <= date.AddDays(-interval) ? false : null;
    }

    /// <summary>The first window of the day that is still open at <paramref name="earliest"/>, other than <paramref name="avoid"/>.</summary>
    private static ContactWindow? Window(CollectionPolicy policy, DateOnly date, DateTimeOffset earliest, ContactWindow? avoid) =>
        policy.WindowsOn(date).FirstOrDefault(w => w != avoid && BusinessCalendar.At(date, w.End) > earliest);

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
