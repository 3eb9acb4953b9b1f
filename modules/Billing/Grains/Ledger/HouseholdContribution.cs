using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Billing.Ledger;

/// <summary>
/// What one household adds to the totals of its building (and so of every node above) on a day: it counts once;
/// receivable and collected principal of this month's and this year's bills; opening arrears of earlier years on
/// 1 January and what of them was recovered since; overdue principal and late fee, by each bill's age; prepaid; and
/// its grade in force (automatic or overridden), one household in one grade.
/// </summary>
internal static class HouseholdContribution
{
    /// <summary>The contribution on a day with the grade in force, both from the ledger's balances worked out once.</summary>
    public static (Totals Totals, Customers.Grade Grade) Of(HouseholdProfile profile, HouseholdLedger ledger, DateOnly today,
        Customers.IGradeRule grades, Customers.ContactFacts? contacts, Customers.GradeOverride? gradeOverride)
    {
        var balances = ledger.Balances(today);
        var grade = grades.GradeOf(CustomerFactsOf.Household(profile, ledger, balances, contacts), gradeOverride, today);
        return (Of(profile, ledger, balances, today, grade), grade);
    }

    public static Totals Of(HouseholdProfile profile, HouseholdLedger ledger, IReadOnlyList<BillBalance> balances, DateOnly today, Customers.Grade grade)
    {
        var period = Period.Of(today);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var allocations = ledger.State.Payments.Where(p => !p.Reversed).SelectMany(p => p.Allocations).ToList();
        var byAge = new decimal[Totals.AgeBuckets];
        decimal opening = 0, recovered = 0;
        foreach (var bill in balances)
        {
            if (bill.IsOverdueOn(today) && bill.TotalDue > 0)
            {
                byAge[(int)AgeBuckets.Of(today.DayNumber - bill.DueDate.DayNumber)] += bill.TotalDue;
            }
            if (bill.Period.Year < today.Year)
            {
                var paidThisYear = allocations.Where(a => a.BillId == bill.BillId && a.On >= yearStart).Sum(a => a.Principal);
                var waivedThisYear = ledger.State.Waivers.Where(w => w.BillId == bill.BillId && w.On >= yearStart).Sum(w => w.Principal);
                var unpaidOnJanuaryFirst = bill.PrincipalDue + paidThisYear + waivedThisYear;
                opening += unpaidOnJanuaryFirst;
                recovered += paidThisYear;
            }
        }
        var overdue = balances.Where(b => b.IsOverdueOn(today)).ToList();
        var arrearsPrincipal = overdue.Sum(b => b.PrincipalDue);
        var lateFees = overdue.Sum(b => b.LateFeeDue);
        var byGrade = new long[Totals.Grades];
        byGrade[(int)grade] = 1;
        return new Totals
        {
            Households = 1,
            HouseholdsInArrears = arrearsPrincipal + lateFees > 0 ? 1 : 0,
            VacantHouseholds = profile.IsVacant ? 1 : 0,
            ReceivablePeriod = balances.Where(b => b.Period == period).Sum(b => b.Principal),
            CollectedPeriod = balances.Where(b => b.Period == period).Sum(b => b.PrincipalPaid),
            ReceivableYear = balances.Where(b => b.Period.Year == today.Year).Sum(b => b.Principal),
            CollectedYear = balances.Where(b => b.Period.Year == today.Year).Sum(b => b.PrincipalPaid),
            OpeningArrears = opening,
            Recovered = recovered,
            ArrearsPrincipal = arrearsPrincipal,
            LateFees = lateFees,
            Prepaid = ledger.Prepaid,
            ArrearsByAge = Totals.Shared(byAge),
            HouseholdsByGrade = Totals.Shared(byGrade),
        };
    }
}
