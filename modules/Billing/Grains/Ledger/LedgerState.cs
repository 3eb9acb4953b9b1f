namespace CollectionGrains.Billing.Ledger;

/// <summary>The household ledger as stored: bills, payments (with allocations) and waivers, in the order they happened.</summary>
internal sealed class LedgerState
{
    public List<LedgerBill> Bills { get; init; } = [];

    public List<LedgerPayment> Payments { get; init; } = [];

    public List<WaiverReceipt> Waivers { get; init; } = [];
}
