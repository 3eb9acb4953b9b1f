using CollectionGrains.Billing.Journal;
using CollectionGrains.Hosting.Storage;

namespace CollectionGrains.Billing;

/// <summary>
/// Household states as stored — the system of record — read and written straight in the grain-state table, a set of
/// households a statement, without activating their grains: reconciliation of a million households stays affordable,
/// and imports store households new to the system in bulk.
/// </summary>
internal sealed class StoredHouseholds(StoredGrainStates states)
{
    /// <summary>The name under which <see cref="HouseholdGrain"/> stores its state (the table's grain_type).</summary>
    public const string StateName = "household";

    public async Task<Dictionary<string, HouseholdState>> ReadAsync(IReadOnlyCollection<string> householdIds) =>
        (await ReadVersionedAsync(householdIds)).ToDictionary(s => s.Key, s => s.Value.State);

    /// <summary>The states with their row versions, for a write that must find each row as it was read.</summary>
    public Task<Dictionary<string, (HouseholdState State, int Version)>> ReadVersionedAsync(IReadOnlyCollection<string> householdIds) =>
        states.ReadAsync<HouseholdState>(StateName, householdIds);

    /// <summary>
    /// Stores the states of households that have none yet (registrations: their billing.household rows with them), in one
    /// transaction; the ids of those stored.
    /// </summary>
    public Task<HashSet<string>> InsertNewAsync(IReadOnlyList<HouseholdState> households) =>
        states.InsertNewAsync(StateName, [.. households.Select(h => (h.Profile!.HouseholdId, h,
            BillingJournal.Rows(h, [new JournalItem(JournalKind.Household, h.Profile!.HouseholdId)])))]);

    /// <summary>Writes states over the versions they were read at, each with the rows of its new facts, in one transaction; the ids written.</summary>
    public Task<HashSet<string>> UpdateAsync(IReadOnlyList<(HouseholdState State, int Version, IReadOnlyCollection<JournalItem> Facts)> households) =>
        states.UpdateAsync(StateName, [.. households.Select(h => (h.State.Profile!.HouseholdId, h.State, h.Version, BillingJournal.Rows(h.State, h.Facts)))]);
}
