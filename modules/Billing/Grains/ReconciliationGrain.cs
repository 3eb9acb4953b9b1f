using CollectionGrains.Billing.Ledger;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;
using Orleans.Concurrency;

namespace CollectionGrains.Billing;

/// <summary>
/// Reconciliation of a subtree (see <see cref="IReconciliationGrain"/>). Each household's contribution is recomputed from
/// its stored ledger, read from the grain-state table a building at a time; only where that disagrees with its building
/// is the household grain itself asked (a report may be on its way), so the households need not all be activated.
/// </summary>
[StatelessWorker(1)]
internal sealed class ReconciliationGrain(NpgsqlDataSource database, StoredHouseholds stored, Customers.IGradeRule grades, BusinessClock clock)
    : Grain, IReconciliationGrain
{
    private readonly Dictionary<string, LateFeeSchedule> _policies = [];

    /// <summary>Buildings checked at once: their reads overlap, and a repair's wait for a building's write is shared.</summary>
    private const int BuildingsAtOnce = 16;

    public async Task<ReconciliationReport> ReconcileAsync(bool repair)
    {
        var buildings = await BuildingBelow.FindAsync(GrainFactory, this.GetPrimaryKeyString());
        var differences = new List<ReconciliationDifference>();
        var (households, stale) = (0, 0);
        foreach (var chunk in buildings.Chunk(BuildingsAtOnce))
        {
            foreach (var building in await Task.WhenAll(chunk.Select(b => ReconcileBuildingAsync(b.BuildingId, repair))))
            {
                households += building.Households;
                stale += building.Stale;
                differences.AddRange(building.Differences);
            }
        }
        differences.AddRange(await UnbalancedNodesAsync(repair));
        return new ReconciliationReport(this.GetPrimaryKeyString(), buildings.Count, households, stale, differences, repair && differences.Count > 0);
    }

    /// <summary>
    /// One building's households against what it holds. Repairs run together: each household re-commits and waits for
    /// the building to store its report, so one after another they would wait for the building's write each.
    /// </summary>
    private async Task<(int Households, int Stale, List<ReconciliationDifference> Differences)> ReconcileBuildingAsync(string buildingId, bool repair)
    {
        var node = GrainFactory.GetGrain<IOrgNodeGrain>(buildingId);
        var held = await node.GetChildTotalsAsync();
        var registered = await HouseholdsOfAsync(buildingId);
        var ledgers = await stored.ReadAsync(registered);
        var differences = new List<ReconciliationDifference>();
        var repairs = new List<Task>();
        var stale = 0;
        foreach (var id in registered)
        {
            var household = GrainFactory.GetGrain<IHouseholdGrain>(id);
            var exactFor = ledgers.TryGetValue(id, out var ledger) ? await DayHeldExactlyAsync(held, id, ledger) : null;
            stale += exactFor < clock.Today ? 1 : 0;
            var problem = exactFor is not null ? null : Problem(held, id, await household.GetContributionAsync());
            if (problem is not null)
            {
                differences.Add(new ReconciliationDifference(buildingId, id, problem));
                if (repair)
                {
                    repairs.Add(household.ResendTotalsAsync());
                }
            }
        }
        // A facet (another module's part of a registered household) is that module's to check.
        foreach (var (stranger, counted) in held.Where(h => !registered.Contains(ChildKey.HouseholdOf(h.Key))))
        {
            differences.Add(new ReconciliationDifference(buildingId, stranger, "counted by a building it does not belong to"));
            if (repair)
            {
                repairs.Add(node.RemoveChildAsync(stranger, counted.Version));
            }
        }
        await Task.WhenAll(repairs);
        return (registered.Count, stale, differences);
    }

    private static string? Problem(IReadOnlyDictionary<string, VersionedTotals> held, string householdId, Totals expected) =>
        !held.TryGetValue(householdId, out var counted) ? "not counted by its building"
        : !counted.Totals.SameAs(expected)
            ? $"counted with other totals than its ledger gives (report {counted.Version}: {Differing(counted.Totals, expected)})"
        : null;

    /// <summary>The figures that differ, held against what the ledger gives.</summary>
    private static string Differing(Totals held, Totals ledger) =>
        string.Join(", ", held.Figures().Zip(ledger.Figures())
            .Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => $"{pair.First.Name} {pair.First.Value} held, {pair.Second.Value} by the ledger"));

    /// <summary>
    /// The day for which the building holds exactly what the stored ledger gives: today, or else the earlier day of a
    /// report made from this very ledger (nothing committed since; the daily refresh brings it up to date); null when
    /// neither.
    /// </summary>
    private async Task<DateOnly?> DayHeldExactlyAsync(IReadOnlyDictionary<string, VersionedTotals> held, string householdId, HouseholdState household)
    {
        if (household.Profile is not { } profile || !held.TryGetValue(householdId, out var counted))
        {
            return null;
        }
        if (!_policies.TryGetValue(profile.ProjectId, out var policy))
        {
            policy = await GrainFactory.GetGrain<IBillingProjectGrain>(profile.ProjectId).GetPolicyScheduleAsync();
            _policies[profile.ProjectId] = policy;
        }
        var ledger = new HouseholdLedger(household.Ledger, policy);
        var today = clock.Today;
        if (counted.Totals.SameAs(ContributionOn(today)))
        {
            return today;
        }
        var reported = HouseholdReportVersion.Of(counted.Version);
        return reported.CommitCount == household.CommitCount && reported.Day < today
            && counted.Totals.SameAs(ContributionOn(reported.Day))
            ? reported.Day : null;

        Totals ContributionOn(DateOnly day) => HouseholdContribution.Of(profile, ledger, day, grades, household.Contacts, household.GradeOverride).Totals;
    }

    /// <summary>Nodes of the subtree whose own totals are not the sum of their children's latest totals.</summary>
    private async Task<List<ReconciliationDifference>> UnbalancedNodesAsync(bool repair)
    {
        var differences = new List<ReconciliationDifference>();
        var pending = new Queue<string>([this.GetPrimaryKeyString()]);
        while (pending.TryDequeue(out var id))
        {
            var node = GrainFactory.GetGrain<IOrgNodeGrain>(id);
            var view = await node.GetAsync();
            if (view is null)
            {
                continue;
            }
            var held = await node.GetChildTotalsAsync();
            if (!Totals.Sum(held.Values.Select(v => v.Totals)).SameAs(view.Totals))
            {
                differences.Add(new ReconciliationDifference(id, null, "totals are not the sum of what the node holds"));
                if (repair)
                {
                    await node.RefreshAsync();
                }
            }
            foreach (var childId in view.ChildIds)
            {
                var child = GrainFactory.GetGrain<IOrgNodeGrain>(childId);
                // A child that never had anything to report (an empty building) is rightly not held.
                var counted = held.TryGetValue(childId, out var report) ? report.Totals : Totals.Zero;
                if (await child.GetAsync() is { } childView && !counted.SameAs(childView.Totals))
                {
                    differences.Add(new ReconciliationDifference(id, null, $"holds other totals for child {childId} than the child has"));
                    if (repair)
                    {
                        await child.RefreshAsync();
                    }
                }
                pending.Enqueue(childId);
            }
        }
        return differences;
    }

    private async Task<HashSet<string>> HouseholdsOfAsync(string buildingId)
    {
        await using var command = database.CreateCommand("SELECT household_id FROM billing.household WHERE building_id = $1");
        command.Parameters.AddWithValue(buildingId);
        return await command.ReadTextsAsync(new HashSet<string>());
    }
}
