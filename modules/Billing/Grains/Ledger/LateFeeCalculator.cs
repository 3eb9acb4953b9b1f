using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Ledger;

/// <summary>
/// 违约金 of one bill on a day: simple interest on the principal still unpaid each day, at the daily rate (after the
/// annual ceiling) in effect that day, from the day after the due date plus grace days; never on late fees. A principal
/// payment or waiver on day D stops accrual on that amount from D. Grace and the cap at the principal are those of the
/// policy in effect on the due date; rounded half-up to the cent.
/// </summary>
internal static class LateFeeCalculator
{
    public static decimal Accrued(
        decimal principal, DateOnly dueDate, IEnumerable<(DateOnly On, decimal Amount)> principalReductions,
        DateOnly asOf, LateFeeSchedule schedule)
    {
        var terms = schedule.At(dueDate);
        var accrualStart = dueDate.AddDays(terms.GraceDays);
        if (asOf <= accrualStart || principal <= 0)
        {
            return 0m;
        }

        var outstanding = principal;
        var cursor = accrualStart;
        decimal fee = 0;
        foreach (var (on, amount) in principalReductions.Where(r => r.On <= asOf).OrderBy(r => r.On))
        {
            if (on > cursor)
            {
                fee += outstanding * schedule.RateDays(cursor, on);
                cursor = on;
            }
            outstanding -= amount;
        }
        if (asOf > cursor && outstanding > 0)
        {
            fee += outstanding * schedule.RateDays(cursor, asOf);
        }

        if (terms.CapAtPrincipal)
        {
            fee = Math.Min(fee, principal);
        }
        return Money.ToCents(fee);
    }

    public static decimal Accrued(
        decimal principal, DateOnly dueDate, IEnumerable<(DateOnly On, decimal Amount)> principalReductions,
        DateOnly asOf, LateFeePolicy policy) =>
        Accrued(principal, dueDate, principalReductions, asOf, LateFeeSchedule.Always(policy));
}
