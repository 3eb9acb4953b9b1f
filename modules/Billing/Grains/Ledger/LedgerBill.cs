using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Ledger;

/// <summary>
/// 应收: a bill as issued. Immutable once issued; what was paid or waived lives with payments and waivers. Its id, item
/// code and name are the same in every household billed alike, so each is held once (<see cref="SharedStrings"/>).
/// </summary>
internal sealed record LedgerBill(
    string BillId, string ItemCode, string ItemName, Period Period, DateOnly DueDate, decimal Principal, DateOnly IssuedOn)
{
    public string BillId { get; init; } = SharedStrings.Of(BillId);

    public string ItemCode { get; init; } = SharedStrings.Of(ItemCode);

    public string ItemName { get; init; } = SharedStrings.Of(ItemName);
}
