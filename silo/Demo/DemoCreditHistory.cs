using CollectionGrains.Customers;
using CollectionGrains.Kernel;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// The demo group's history as the Customers module reads it, straight from the plan (for the tests and the training
/// benchmark, without loading a million households first): one bill a month of the household's monthly charge, due on
/// the 15th, settled by its payments oldest bill first; the contacts its collectors would have made over the whole history.
/// </summary>
internal static class DemoCreditHistory
{
    public static List<(string HouseholdId, CustomerFacts Facts)> Of(DemoPlan plan, DateOnly today) =>
        [.. plan.Projects.SelectMany(p => p.Households).AsParallel().AsOrdered().Select(h => (h.Profile.HouseholdId, Facts(h, plan.Periods, today)))];

    public static CustomerFacts Facts(DemoHousehold household, IReadOnlyList<Period> periods, DateOnly today)
    {
        var payments = household.Payments.Select(p => (Day: BusinessCalendar.DateOf(p.PaidAt), p.Amount)).OrderBy(p => p.Day).ToList();
        var bills = new List<BillRecord>();
        decimal paid = 0;
        var next = 0;
        for (var i = 0; i < periods.Count; i++)
        {
            var owedThrough = household.Monthly * (i + 1);
            while (paid < owedThrough && next < payments.Count && payments[next].Day <= today)
            {
                paid += payments[next++].Amount;
            }
            var settled = paid >= owedThrough && next > 0 ? payments[next - 1].Day : (DateOnly?)null;
            bills.Add(new BillRecord(periods[i], periods[i].Day(15), household.Monthly, settled is null ? Math.Min(household.Monthly, owedThrough - paid) : 0, settled));
        }
        var contacts = DemoContactHistory.For(household, periods, periods[0].Day(1), today, "demo");
        return new CustomerFacts(bills,
            [.. contacts.Select(c => BusinessCalendar.DateOf(c.Contact.At))],
            [.. contacts.Where(c => c.Contact.Request.Reason?.Category is Collection.ArrearsReasonCategory.BasicService or Collection.ArrearsReasonCategory.ValueAddedService
                or Collection.ArrearsReasonCategory.Developer).Select(c => BusinessCalendar.DateOf(c.Contact.At))],
            household.Profile.CustomerType == Billing.CustomerType.Corporate, household.Profile.IsVacant);
    }
}
