namespace CollectionGrains.Collection.Cases;

/// <summary>A fact of a case that still has to reach the Collection tables (the grain's outbox).</summary>
internal sealed record CaseJournalItem(CaseJournalKind Kind, string Key);
