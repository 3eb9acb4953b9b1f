using CollectionGrains.Billing.Ledger;
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
internal sealed class ReconciliationGrain(NpgsqlDataSource database, StoredHouseholds stored, BusinessClock clock) : Grain, IReconciliationGrain
{
    private readonly Dictionary<string, LateFeePolicy> _policies = [];

    /// <summary>Buildings checked at once: their reads overlap, and a repair's wait for a building's write is shared.</summary>
    private const int BuildingsAtOnce = 16;

    public async Task<ReconciliationReport> ReconcileAsync(bool repair)
    {
        var buildings = await BuildingBelow.FindAsync(GrainFactory, this.GetPrimaryKeyString());
        var differences = new List<ReconciliationDifference>();
        var households = 0;
        foreach (var chunk in buildings.Chunk(BuildingsAtOnce))
        {
            foreach (var (registered, found) in await Task.WhenAll(chunk.Select(b => ReconcileBuildingAsync(b.BuildingId, repair))))
            {
                households += registered;
                differences.AddRange(found);
            }
        }
        differences.AddRange(await UnbalancedNodesAsync(repair));
        return new ReconciliationReport(this.GetPrimaryKeyString(), buildings.Count, households, differences, repair && differences.Count > 0);
    }

    /// <summary>
    /// One building's households against what it holds. Repairs run together: each household re-commits and waits for
    /// the building to store its report, so one after another they would wait for the building's write each.
    /// </summary>
    private async Task<(int Households, List<ReconciliationDifference> Differences)> ReconcileBuildingAsync(string buildingId, bool repair)
    {
        var node = GrainFactory.GetGrain<IOrgNodeGrain>(buildingId);
        var held = await node.GetChildTotalsAsync();
        var registered = await HouseholdsOfAsync(buildingId);
        var ledgers = await stored.ReadAsync(registered);
        var differences = new List<ReconciliationDifference>();
        var repairs = new List<Task>();
        foreach (var id in registered)
        {
            var household = GrainFactory.GetGrain<IHouseholdGrain>(id);
            var problem = ledgers.TryGetValue(id, out var ledger) && await StoredContributionAsync(ledger) is { } fromStorage
                && Problem(held, id, fromStorage) is null
                ? null
                : Problem(held, id, await household.GetContributionAsync());
            if (problem is not null)
            {
                differences.Add(new ReconciliationDifference(buildingId, id, problem));
                if (repair)
                {
                    repairs.Add(household.ResendTotalsAsync());
                }
            }
        }
        foreach (var (stranger, counted) in held.Where(h => !registered.Contains(h.Key)))
        {
            differences.Add(new ReconciliationDifference(buildingId, stranger, "counted by a building it does not belong to"));
            if (repair)
            {
                repairs.Add(node.RemoveChildAsync(stranger, counted.Version));
            }
        }
        await Task.WhenAll(repairs);
        return (registered.Count, differences);
    }

    private static string? Problem(IReadOnlyDictionary<string, VersionedTotals> held, string householdId, Totals expected) =>
        !held.TryGetValue(householdId, out var counted) ? "not counted by its building"
        : !counted.Totals.SameAs(expected) ? "counted with other totals than its ledger gives"
        : null;

    /// <summary>What the stored ledger contributes today, by the same rules the household grain applies.</summary>
    private async Task<Totals?> StoredContributionAsync(HouseholdState household)
    {
        if (household.Profile is not { } profile)
        {
            return null;
        }
        if (!_policies.TryGetValue(profile.ProjectId, out var policy))
        {
            policy = await GrainFactory.GetGrain<IBillingProjectGrain>(profile.ProjectId).GetPolicyAsync();
            _policies[profile.ProjectId] = policy;
        }
        return HouseholdContribution.Of(profile, new HouseholdLedger(household.Ledger, policy), clock.Today);
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
                if (await child.GetAsync() is { } childView && (!held.TryGetValue(childId, out var counted) || !counted.Totals.SameAs(childView.Totals)))
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
        var ids = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
