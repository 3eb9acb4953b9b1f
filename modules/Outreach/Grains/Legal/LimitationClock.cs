namespace CollectionGrains.Outreach.Legal;

/// <summary>
/// 诉讼时效 (Civil Code Art. 188, 195): a bill's claim expires three years after its due date; a demand that reached the
/// owner, or the owner's acknowledgement (a promise to pay, a payment), restarts the three years for every bill already
/// due on that day. An undelivered notice restarts nothing.
/// </summary>
internal static class LimitationClock
{
    public const int Years = 3;
    public const int WarningDays = 90;

    public static Limitation Compute(IEnumerable<(string BillId, DateOnly DueDate)> unpaidBills, IReadOnlyCollection<DateOnly> interruptions, DateOnly today)
    {
        var bills = unpaidBills.Select(bill =>
        {
            DateOnly? last = interruptions.Where(day => day >= bill.DueDate).Select(day => (DateOnly?)day).Max();
            return new BillLimitation(bill.BillId, bill.DueDate, last, (last ?? bill.DueDate).AddYears(Years));
        }).OrderBy(b => b.ExpiresOn).ToList();
        var earliest = bills.Count > 0 ? bills[0].ExpiresOn : (DateOnly?)null;
        return new Limitation(earliest, bills, earliest is { } expiry && expiry <= today.AddDays(WarningDays));
    }
}
