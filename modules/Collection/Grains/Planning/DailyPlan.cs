using System.Globalization;
using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Planning;

/// <summary>
/// A day's plan for a set of cases: the next contact of each that needs one, overdue first, then by amount owed (most
/// first) and age (oldest unpaid due date first), with the suggested script and the reason in the users' words.
/// </summary>
internal static class DailyPlan
{
    public static List<PlanItem> For(IEnumerable<CaseSummary> cases, CollectionPolicy policy, DateOnly date, DateTimeOffset now,
        Func<ContactMethod, CaseSummary, string?> suggestScript)
    {
        var items = new List<PlanItem>();
        foreach (var @case in cases)
        {
            if (CollectionPlanner.Next(@case, policy, date, now) is not { } action)
            {
                continue;
            }
            var age = @case.OldestDueDate is { } due ? Math.Max(0, date.DayNumber - due.DayNumber) : 0;
            items.Add(new PlanItem(@case.HouseholdId, @case.TaskId, action, @case.Owed, age, @case.Class,
                suggestScript(action.Method, @case), @case.OpenLegacyIssues, Why(@case, action, policy), @case.Collector));
        }
        return [.. items.OrderByDescending(i => i.Action.Overdue).ThenByDescending(i => i.Owed).ThenByDescending(i => i.AgeDays)
            .ThenBy(i => i.HouseholdId, StringComparer.Ordinal)];
    }

    /// <summary>Why the procedure asks for this contact, in Chinese (the users read it on their phones).</summary>
    public static string Why(CaseSummary @case, PlannedAction action, CollectionPolicy policy)
    {
        var text = action.Reason switch
        {
            PlanReason.FirstRound => $"首轮提醒：任务于 {Day(@case.TaskOpenedAt!.Value)} 开立，{policy.FirstRoundDays} 天内完成首轮联系，语气友好",
            PlanReason.PromiseReminder when @case.Promise is { } promise => $"A类：承诺 {promise.Date:MM-dd} 缴纳 {Money.Yuan(promise.Amount)}，提前一天提醒",
            PlanReason.DailyFollowUp => "B类：暂未明确，每天跟进直到承诺缴费",
            PlanReason.RetryNoAnswer => $"B类：上次未接通（{@case.RecentContacts[^1].At.ToOffset(BusinessCalendar.Offset):HH:mm}），至少 {policy.NoAnswerRetryMinutes} 分钟后换时段再试",
            PlanReason.VisitForNewNumber => "C类：无法联系，上门拜访并通过邻居、同事、业委会寻找新号码",
            PlanReason.ServiceFollowUp => "服务工单已由业主确认解决：回访整改情况，再沟通缴费",
            PlanReason.RemotePaymentLink => "D类：异地出差/居住，每天联系并发送远程缴费链接",
            PlanReason.SupervisorCase => "E类/已转交上级：由客服主管处理，跟进整改后再联系",
            _ => $"本周联系未达每周至少 {policy.TreatmentOf(@case.Grade).WeeklyMinimum} 次（{Customers.GradeNames.Of(@case.Grade)}）",
        };
        return action.Overdue ? text + "（已逾期）" : text;
    }

    private static string Day(DateTimeOffset at) => BusinessCalendar.DateOf(at).ToString("MM-dd", CultureInfo.InvariantCulture);

}
