using CollectionGrains.Billing.Ledger;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Billing;

/// <summary>
/// Registers households that have no state yet in bulk, without activating their grains (decision 0018). A chunk is one
/// transaction (<see cref="StoredHouseholds.InsertNewAsync"/>): their states as a registration stores them, with nothing committed by the grain yet (commit count 0),
/// their billing.household rows and their change-feed entries. Each building is then told its new households'
/// contributions under the version of that state, so the grain's own first report supersedes or repeats it. A household
/// whose state exists is left out, for the caller to register through its grain.
/// </summary>
internal sealed class NewHouseholds(StoredHouseholds stored, Customers.IGradeRule grades, BusinessClock clock)
{
    /// <summary>Households a transaction.</summary>
    private const int ChunkSize = 1_000;

    /// <summary>
    /// Registers those without a state and waits until their buildings count them; the ids registered. The profiles are
    /// checked by the sheet and their buildings exist; one the grain would refuse is left to it.
    /// </summary>
    public async Task<HashSet<string>> RegisterAsync(IGrainFactory grains, IReadOnlyList<HouseholdProfile> profiles)
    {
        var registered = new HashSet<string>(profiles.Count);
        var reports = new List<Task>(profiles.Count);
        foreach (var chunk in profiles.Where(p => Charges.BillingInputRules.Problems(p).Count == 0).Chunk(ChunkSize))
        {
            var states = chunk.Select(p => new HouseholdState { Profile = HouseholdState.Kept(p), WrittenByImport = true }).ToList();
            var inserted = await stored.InsertNewAsync(states);
            registered.UnionWith(inserted);
            // A building acknowledges the reports once it has persisted them: the chunks do not wait for each other's.
            reports.AddRange(states.Select(s => s.Profile!).Where(p => inserted.Contains(p.HouseholdId)).GroupBy(p => p.BuildingId)
                .Select(building => grains.GetGrain<IOrgNodeGrain>(building.Key).ReportChildrenTotalsAsync(building.ToDictionary(p => p.HouseholdId, Report))));
        }
        await Task.WhenAll(reports);
        return registered;
    }

    /// <summary>A new household's contribution, as its grain would report it before its first commit.</summary>
    private VersionedTotals Report(HouseholdProfile profile)
    {
        var today = clock.Today;
        var (totals, _) = HouseholdContribution.Of(profile, new HouseholdLedger(new LedgerState(), LateFeeSchedule.Always(LateFeePolicy.Standard)), today, grades, null, null);
        return new VersionedTotals(new HouseholdReportVersion(0, today).Value, totals, clock.Now);
    }
}
