namespace CollectionGrains.Billing.Journal;

/// <summary>A fact of a household that still has to reach the Billing tables (the grain's outbox).</summary>
internal sealed record JournalItem(JournalKind Kind, string Key);
