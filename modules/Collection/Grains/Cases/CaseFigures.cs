using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Collection.Cases;

/// <summary>
/// What a household's collection case adds to its building's totals (and so to every node above) on a day: the class of
/// its last contact while its task is open, its open promise, the promises it kept and broke this month, and its
/// contacts this week (Monday to Sunday). It counts no household: the ledger counts the household.
/// </summary>
internal static class CaseFigures
{
    public static Totals Of(CaseState state, DateOnly today)
    {
        var byClass = new long[Totals.ContactClasses];
        if (state.OpenTask is not null && state.Class is { } contactClass)
        {
            byClass[(int)contactClass] = 1;
        }
        var month = Period.Of(today);
        var weekStart = BusinessCalendar.WeekStart(today);
        var visits = state.Contacts.Where(c => c.VisitCheck is not null && Period.Of(BusinessCalendar.DateOf(c.At)) == month).Select(c => c.VisitCheck!).ToList();
        return new Totals
        {
            HouseholdsByContactClass = Totals.Shared(byClass),
            PromisesOpen = state.Promises.Count(p => p.IsOpen),
            PromisesKept = DecidedThisMonth(state, PromiseState.Kept, month),
            PromisesBroken = DecidedThisMonth(state, PromiseState.Broken, month),
            ContactsThisWeek = state.Contacts.Count(c => BusinessCalendar.DateOf(c.At) is var day && day >= weekStart && day <= today),
            VisitsThisMonth = visits.Count,
            VisitsFlagged = visits.Count(v => v.Flagged),
            VisitsCheating = visits.Count(v => v.Review is { Cheating: true }),
            ServiceOrdersOpen = state.Service?.Open.Count ?? 0,
            ServiceOrdersOverdue = state.Service?.Open.Count(order => !order.Resolved && today > order.Deadline) ?? 0,
            WarningsByLevel = Totals.Shared([.. Enum.GetValues<WarningLevel>().Select(level => (long)state.Warnings.Count(w => w.IsOpen && w.Level == level))]),
        };
    }

    private static int DecidedThisMonth(CaseState state, PromiseState outcome, Period month) =>
        state.Promises.Count(p => !p.Superseded && p.State == outcome && p.DecidedOn is { } on && Period.Of(on) == month);
}
