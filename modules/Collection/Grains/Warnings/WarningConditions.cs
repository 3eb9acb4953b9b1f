using CollectionGrains.Collection.Cases;
using CollectionGrains.Collection.Planning;
using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Warnings;

/// <summary>
/// The causes for warnings a case has on a day, from its state and its next planned action (plain, no clock): an open
/// task without a contact for longer than its class allows; the plan's action overdue; a broken promise nobody has called
/// about since; class E without a service order; class C without a visit; a service order past its deadline. While a
/// service order pauses the case, only the last of these applies.
/// </summary>
internal static class WarningConditions
{
    public static List<WarningCondition> Of(CaseState state, PlannedAction? next, WarningRules rules, DateOnly today)
    {
        var found = new List<WarningCondition>();
        foreach (var order in state.Service?.Open.Where(o => !o.Resolved && today > o.Deadline) ?? [])
        {
            found.Add(new(WarningKind.ServiceOrderOverdue, order.OrderId, $"服务工单 {order.OrderId} 已超过整改期限（{order.Deadline:yyyy-MM-dd}）", null, order.Deadline.AddDays(1)));
        }
        if (state.OpenTask is not { } task || state.Paused)
        {
            return found;
        }
        var counting = state.Contacts.Where(c => c.TaskId == task.TaskId && !ContactRules.IsWritten(c.Request.Method) && c.VisitCheck is not { Counts: false })
            .OrderBy(c => c.At).ToList();
        var lastDay = counting.Count > 0 ? BusinessCalendar.DateOf(counting[^1].At) : BusinessCalendar.DateOf(task.OpenedAt);
        var allowed = rules.NoContactDays(counting.Count > 0 ? state.Class : null);
        if (today.DayNumber - lastDay.DayNumber > allowed)
        {
            found.Add(new(WarningKind.NoContact, task.TaskId, $"已 {today.DayNumber - lastDay.DayNumber} 天未联系（本类允许 {allowed} 天）", next?.Method ?? ContactMethod.Phone,
                lastDay.AddDays(allowed + 1)));
        }
        if (next is { Overdue: true })
        {
            found.Add(new(WarningKind.PlanOverdue, task.TaskId, "计划中的催收动作已逾期，本周最低联系次数有落空风险", next.Method, today));
        }
        var broken = state.Promises.LastOrDefault(p => p is { State: PromiseState.Broken, Superseded: false, DecidedOn: not null });
        if (broken is not null && !counting.Any(c => BusinessCalendar.DateOf(c.At) >= broken.DecidedOn!.Value))
        {
            found.Add(new(WarningKind.BrokenPromise, broken.ContactId, $"业主承诺 {broken.Date:yyyy-MM-dd} 前缴纳 {Money.Yuan(broken.Amount)}，已违约，尚未跟进", ContactMethod.Phone,
                broken.DecidedOn!.Value));
        }
        if (state.Class == ContactClass.E_Refusing)
        {
            var refused = counting.LastOrDefault(c => c.Request.Outcome == ContactClass.E_Refusing) is { } last ? BusinessCalendar.DateOf(last.At) : today;
            found.Add(new(WarningKind.ComplaintWithoutServiceOrder, task.TaskId, "E类拒交（服务原因），尚未开服务工单", null, refused));
        }
        if (state.Class == ContactClass.C_Unreachable)
        {
            var since = counting.AsEnumerable().Reverse().TakeWhile(c => c.Request.Outcome == ContactClass.C_Unreachable).LastOrDefault() is { } first
                ? BusinessCalendar.DateOf(first.At) : lastDay;
            var lastVisit = counting.LastOrDefault(c => c.Request.Method == ContactMethod.Visit) is { } visit ? BusinessCalendar.DateOf(visit.At) : (DateOnly?)null;
            var from = lastVisit is { } v && v > since ? v : since;
            if (today.DayNumber - from.DayNumber > rules.VisitDaysC)
            {
                found.Add(new(WarningKind.NoVisit, task.TaskId, $"C类无法联系已 {today.DayNumber - from.DayNumber} 天未上门", ContactMethod.Visit, from.AddDays(rules.VisitDaysC + 1)));
            }
        }
        return found;
    }
}
