using CollectionGrains.Customers;

namespace CollectionGrains.Billing.Ledger;

/// <summary>
/// A household's facts for its grade and credit (Customers module): each bill with what of its principal is still owed
/// and the day the last of it was paid or waived, and the contact and complaint days its collection case told.
/// </summary>
internal static class CustomerFactsOf
{
    public static CustomerFacts Household(HouseholdProfile profile, HouseholdLedger ledger, IReadOnlyList<BillBalance> balances, ContactFacts? contacts)
    {
        var lastPaid = ledger.State.Payments.Where(p => !p.Reversed).SelectMany(p => p.Allocations).Select(a => (a.BillId, a.On))
            .Concat(ledger.State.Waivers.Select(w => (w.BillId, w.On)))
            .GroupBy(x => x.BillId).ToDictionary(g => g.Key, g => g.Max(x => x.On));
        var bills = balances
            .Select(b => new BillRecord(b.Period, b.DueDate, b.Principal, b.PrincipalDue,
                b.PrincipalDue <= 0 ? lastPaid.GetValueOrDefault(b.BillId, b.DueDate) : null))
            .ToList();
        return new CustomerFacts(bills, contacts?.ContactDays ?? [], contacts?.ComplaintDays ?? [],
            profile.CustomerType == CustomerType.Corporate, profile.IsVacant);
    }
}
