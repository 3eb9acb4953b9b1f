using CollectionGrains.Billing.Journal;
using CollectionGrains.Billing.Ledger;

namespace CollectionGrains.Billing;

/// <summary>What a household grain stores: its profile, its ledger, its meter readings and its journal outbox.</summary>
internal sealed class HouseholdState
{
    public HouseholdProfile? Profile { get; set; }

    public LedgerState Ledger { get; init; } = new();

    public List<MeterReading> MeterReadings { get; init; } = [];

    /// <summary>Facts written with the state but not yet known to be in the Billing tables.</summary>
    public List<JournalItem> PendingJournal { get; init; } = [];
}
