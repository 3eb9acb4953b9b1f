using CollectionGrains.Billing.Ledger;
using CollectionGrains.Hosting.Journal;

namespace CollectionGrains.Billing.Journal;

/// <summary>
/// Turns a household's pending facts (its outbox) into rows for the Billing tables and hands them to the
/// <see cref="JournalWriter"/>. Rows are keyed by the fact, so an outbox flushed twice changes nothing.
/// </summary>
internal sealed class BillingJournal(JournalWriter<JournalBatch> writer)
{
    public Task WriteAsync(HouseholdState household, IReadOnlyCollection<JournalItem> items)
    {
        var rows = Rows(household, items);
        return rows.IsEmpty ? Task.CompletedTask : writer.WriteAsync(rows);
    }

    public static JournalBatch Rows(HouseholdState household, IReadOnlyCollection<JournalItem> items)
    {
        var rows = new JournalBatch();
        if (household.Profile is not { } profile)
        {
            return rows;
        }
        var id = profile.HouseholdId;
        foreach (var item in items.Distinct())
        {
            switch (item.Kind)
            {
                case JournalKind.Household:
                    rows.Households.Add(new(id, profile.ProjectId, profile.BuildingId, profile.Room, profile.Area, profile.OwnerName,
                        profile.CustomerType.ToString(), string.Join(',', profile.Phones), profile.IsVacant, profile.MoveInDate));
                    break;
                case JournalKind.Bill when household.Ledger.Bills.Find(b => b.BillId == item.Key) is { } bill:
                    rows.Bills.Add(new(id, bill.BillId, profile.ProjectId, bill.ItemCode, bill.Period.ToString(), bill.DueDate, bill.Principal, bill.IssuedOn));
                    break;
                case JournalKind.Payment when Payment(household, item.Key) is { } payment:
                    rows.Payments.Add(new(id, payment.PaymentId, profile.ProjectId, payment.Amount, payment.Channel.ToString(), payment.PaidAt.UtcDateTime));
                    AddAllocations(rows, id, payment);
                    break;
                case JournalKind.Allocations when Payment(household, item.Key) is { } payment:
                    AddAllocations(rows, id, payment);
                    break;
                case JournalKind.Reversal when Payment(household, item.Key) is { Reversed: true } payment:
                    rows.Reversals.Add(new(id, payment.PaymentId, payment.ReversalReason ?? string.Empty));
                    break;
                case JournalKind.Waiver when household.Ledger.Waivers.Find(w => w.WaiverId == item.Key) is { } waiver:
                    rows.Waivers.Add(new(id, waiver.WaiverId, waiver.BillId, waiver.Kind.ToString(), waiver.LateFee, waiver.Principal,
                        waiver.On, waiver.Reason, waiver.Approver));
                    break;
            }
        }
        return rows;
    }

    private static LedgerPayment? Payment(HouseholdState household, string paymentId) =>
        household.Ledger.Payments.Find(p => p.PaymentId == paymentId);

    private static void AddAllocations(JournalBatch rows, string householdId, LedgerPayment payment)
    {
        for (var seq = 0; seq < payment.Allocations.Length; seq++)
        {
            var allocation = payment.Allocations[seq];
            rows.Allocations.Add(new(householdId, payment.PaymentId, seq, allocation.BillId, allocation.LateFee, allocation.Principal, allocation.On));
        }
    }
}
