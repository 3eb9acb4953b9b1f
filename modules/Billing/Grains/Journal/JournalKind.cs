namespace CollectionGrains.Billing.Journal;

/// <summary>Which Billing table a <see cref="JournalItem"/> goes to.</summary>
internal enum JournalKind
{
    Household,
    Bill,
    Payment,
    Allocations,
    Reversal,
    Waiver,
}
