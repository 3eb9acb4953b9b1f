using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Ledger;

/// <summary>
/// 违约金 of one bill on a day: simple interest at the policy's (ceiling-limited) daily rate on the principal still
/// unpaid each day, from the day after the due date plus grace days; never on late fees. A principal payment or waiver
/// on day D stops accrual on that amount from D. Capped at the principal when the policy says so; rounded half-up to the cent.
/// </summary>
internal static class LateFeeCalculator
{
    public static decimal Accrued(
        decimal principal, DateOnly dueDate, IEnumerable<(DateOnly On, decimal Amount)> principalReductions,
        DateOnly asOf, LateFeePolicy policy)
    {
        var accrualStart = dueDate.AddDays(policy.GraceDays);
        if (asOf <= accrualStart || principal <= 0 || policy.DailyRate == 0)
        {
            return 0m;
        }

        var outstanding = principal;
        var cursor = accrualStart;
        decimal principalDays = 0;
        foreach (var (on, amount) in principalReductions.Where(r => r.On <= asOf).OrderBy(r => r.On))
        {
            if (on > cursor)
            {
                principalDays += outstanding * (on.DayNumber - cursor.DayNumber);
                cursor = on;
            }
            outstanding -= amount;
        }
        if (asOf > cursor && outstanding > 0)
        {
            principalDays += outstanding * (asOf.DayNumber - cursor.DayNumber);
        }

        var fee = principalDays * policy.EffectiveDailyRate;
        if (policy.CapAtPrincipal)
        {
            fee = Math.Min(fee, principal);
        }
        return Money.ToCents(fee);
    }
}
