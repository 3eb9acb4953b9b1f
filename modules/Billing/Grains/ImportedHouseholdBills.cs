using CollectionGrains.Billing.Journal;
using CollectionGrains.Billing.Ledger;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Billing;

/// <summary>
/// Issues an import's bills (the opening arrears) to households that only imports have written so far, without waking
/// their grains (decision 0021). Each household's own ledger rules run on its stored state, which is written over the
/// version it was read at, with its billing.bill rows and change-feed entries, a thousand households a transaction. Then,
/// as its grain would after a commit, each building is told its households' contributions (one call a building) and each
/// household in arrears tells its collection case. A household written since it was read is left to its grain.
/// </summary>
internal sealed class ImportedHouseholdBills(StoredHouseholds stored, Customers.IGradeRule grades, BusinessClock clock)
{
    private const int ChunkSize = 1_000;

    /// <summary>Cases told at once (as an import calls households).</summary>
    private const int CasesAtOnce = 10_000;

    /// <summary>Those of the households that only imports have written and that have no payment, as stored.</summary>
    public async Task<Dictionary<string, (HouseholdState State, int Version)>> ReadAsync(IReadOnlyCollection<string> householdIds)
    {
        var found = new Dictionary<string, (HouseholdState, int)>(householdIds.Count);
        foreach (var chunk in householdIds.Chunk(ChunkSize))
        {
            foreach (var (id, row) in await stored.ReadVersionedAsync(chunk))
            {
                if (row.State is { WrittenByImport: true, Profile: not null, Ledger.Payments.Count: 0 })
                {
                    found[id] = row;
                }
            }
        }
        return found;
    }

    /// <summary>What the household's ledger would refuse of its bills, as its grain's check says it (whatever the late-fee schedule).</summary>
    public static IReadOnlyList<string> Problems(HouseholdState household, IReadOnlyList<BillDraft> bills) =>
        [.. new HouseholdLedger(household.Ledger, LateFeeSchedule.Always(LateFeePolicy.Standard)).Triage(bills).Refused.Select(e => e.Message)];

    /// <summary>Issues each household's bills; the results by household. Those without a result are left to their grains.</summary>
    public async Task<Dictionary<string, HouseholdBillingResult>> IssueAsync(
        IGrainFactory grains, IReadOnlyDictionary<string, (HouseholdState State, int Version)> households, IReadOnlyDictionary<string, List<BillDraft>> bills)
    {
        var today = clock.Today;
        var schedules = new Dictionary<string, LateFeeSchedule>();
        foreach (var project in households.Values.Select(h => h.State.Profile!.ProjectId).Distinct())
        {
            schedules[project] = await grains.GetGrain<IBillingProjectGrain>(project).GetPolicyScheduleAsync();
        }
        var results = new Dictionary<string, HouseholdBillingResult>(households.Count);
        var reports = new List<Task>();
        var news = new List<ArrearsSignal>();
        foreach (var chunk in households.Chunk(ChunkSize))
        {
            var issued = new Dictionary<string, (HouseholdState State, int Version, HouseholdLedger Ledger, List<BillDraft> Fresh, int Already)>();
            foreach (var (id, (household, version)) in chunk)
            {
                var ledger = new HouseholdLedger(household.Ledger, schedules[household.Profile!.ProjectId]);
                var (fresh, already, refused) = ledger.Triage(bills[id]);
                if (refused.Count > 0)
                {
                    continue;
                }
                if (fresh.Count == 0)
                {
                    results[id] = new HouseholdBillingResult(0, already, []);
                    continue;
                }
                fresh.ForEach(draft => ledger.Issue(draft, today));
                household.CommitCount++;
                issued[id] = (household, version, ledger, fresh, already);
            }
            var written = await stored.UpdateAsync([.. issued.Values.Select(i =>
                (i.State, i.Version, (IReadOnlyCollection<JournalItem>)[.. i.Fresh.Select(d => new JournalItem(JournalKind.Bill, d.BillId))]))]);
            var contributions = new List<(HouseholdProfile Profile, VersionedTotals Report)>();
            foreach (var (id, (household, _, ledger, fresh, already)) in issued)
            {
                if (!written.Contains(id))
                {
                    continue;
                }
                results[id] = new HouseholdBillingResult(fresh.Count, already, []);
                var profile = household.Profile!;
                var (totals, grade) = HouseholdContribution.Of(profile, ledger, today, grades, household.Contacts, household.GradeOverride);
                contributions.Add((profile, new VersionedTotals(new HouseholdReportVersion(household.CommitCount, today).Value, totals, clock.Now)));
                var signal = CaseNews.Signal(CaseNews.Position(profile, ledger, household.CommitCount, today, grade), ArrearsCause.Bill, clock.Now);
                if (signal.Differs(household.CaseSignalled))
                {
                    news.Add(signal);
                }
            }
            // A building acknowledges the reports once it has persisted them: the chunks do not wait for each other's.
            reports.AddRange(contributions.GroupBy(c => c.Profile.BuildingId).Select(building => grains.GetGrain<IOrgNodeGrain>(building.Key)
                .ReportChildrenTotalsAsync(building.ToDictionary(c => c.Profile.HouseholdId, c => c.Report))));
        }
        await Task.WhenAll(reports);
        // New cases are opened in bulk, the others told through their grains. Not remembered as told in the state: the
        // household's next commit or the daily refresh tells the case again, which changes nothing if this reached it.
        var left = (await InFlight.ForEachAsync([.. news.Chunk(ChunkSize)], CasesAtOnce / ChunkSize,
            chunk => grains.GetGrain<ICaseOpeningGrain>(0).OpenAsync(chunk))).SelectMany(l => l).ToList();
        await InFlight.ForEachAsync(left, CasesAtOnce, async signal =>
        {
            await grains.GetGrain<IHouseholdCaseGrain>(signal.HouseholdId).ApplyArrearsAsync(signal);
            return true;
        });
        return results;
    }
}
