using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Ledger;

/// <summary>应收: a bill as issued. Immutable once issued; what was paid or waived lives with payments and waivers.</summary>
internal sealed record LedgerBill(
    string BillId, string ItemCode, string ItemName, Period Period, DateOnly DueDate, decimal Principal, DateOnly IssuedOn);
