namespace CollectionGrains.Customers.Grading;

/// <summary>
/// 客户分级 as a rule (DOMAIN.md). Each bill's outcome: settled by its due date → on time; settled later → after as many
/// reminders as the household was contacted between the due date and the settlement, but at least one for any late
/// payment and at least two for one more than <see cref="RepeatedLateDays"/> days late (statements and rounds remind
/// whether or not they were recorded; imported histories carry no contacts); unpaid → defaulted once it is more than
/// <see cref="DefaultAfterDays"/> days overdue after two or more reminders, or more than <see cref="DefaultWithoutContactDays"/>
/// days overdue at all; otherwise undecided. The grade: Defaulter while any bill is defaulted; otherwise the worst
/// outcome among the bills of the household's <see cref="RecentPeriods"/> latest periods with a decided bill (so a
/// household that mends its ways climbs back within three bills); SelfPayer with nothing decided yet.
/// </summary>
internal static class GradeRules
{
    public const int RecentPeriods = 3;
    public const int RepeatedLateDays = 45;
    public const int DefaultAfterDays = 90;
    public const int DefaultWithoutContactDays = 180;

    public static Grade Grade(CustomerFacts facts, DateOnly today)
    {
        var decided = facts.Bills.Where(b => b.Principal > 0)
            .Select(b => (b.Period, Outcome: Outcome(b, facts.ContactDays, today)))
            .Where(b => b.Outcome != BillOutcome.Undecided)
            .ToList();
        if (decided.Any(b => b.Outcome == BillOutcome.Defaulted))
        {
            return Customers.Grade.Defaulter;
        }
        var recent = decided.Select(b => b.Period).Distinct().OrderDescending().Take(RecentPeriods).ToHashSet();
        return decided.Where(b => recent.Contains(b.Period)).Select(b => (Grade)b.Outcome).DefaultIfEmpty(Customers.Grade.SelfPayer).Max();
    }

    public static BillOutcome Outcome(BillRecord bill, IReadOnlyList<DateOnly> contactDays, DateOnly today)
    {
        if (bill.SettledOn is { } settled && settled <= today)
        {
            if (settled <= bill.DueDate)
            {
                return BillOutcome.OnTime;
            }
            var reminders = Reminders(contactDays, bill.DueDate, settled);
            var late = settled.DayNumber - bill.DueDate.DayNumber;
            return reminders >= 2 || late > RepeatedLateDays ? BillOutcome.AfterRepeatedReminders : BillOutcome.AfterReminder;
        }
        var overdue = today.DayNumber - bill.DueDate.DayNumber;
        return overdue > DefaultWithoutContactDays || (overdue > DefaultAfterDays && Reminders(contactDays, bill.DueDate, today) >= 2)
            ? BillOutcome.Defaulted
            : BillOutcome.Undecided;
    }

    /// <summary>Contacts after the due date, up to and including the day it ended.</summary>
    private static int Reminders(IReadOnlyList<DateOnly> contactDays, DateOnly due, DateOnly until) =>
        contactDays.Count(day => day > due && day <= until);
}
