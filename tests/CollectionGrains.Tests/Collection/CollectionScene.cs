using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Collection;

/// <summary>
/// A small tree (<see cref="OrgTree"/>) with households in its buildings, each with an unpaid bill of 2025 (so in arrears,
/// with a task), and collector users of its project; names are unique per test.
/// </summary>
public sealed class CollectionScene
{
    private CollectionScene(IGrainFactory grains, OrgTree tree, string prefix)
    {
        Grains = grains;
        Tree = tree;
        Prefix = prefix;
    }

    public IGrainFactory Grains { get; }

    public OrgTree Tree { get; }

    public string Prefix { get; }

    public List<string> Households { get; private init; } = [];

    /// <summary>The same scene seen through another silo (after a restart).</summary>
    public CollectionScene On(IGrainFactory grains) => new(grains, Tree, Prefix) { Households = Households };

    /// <summary>With <paramref name="lateFees"/> false the project charges none, so payments settle principal only.</summary>
    public static async Task<CollectionScene> CreateAsync(IGrainFactory grains, int householdsPerBuilding = 2, decimal owed = 500m, bool lateFees = true)
    {
        var tree = await OrgTree.CreateAsync(grains);
        if (!lateFees)
        {
            await grains.GetGrain<IBillingProjectGrain>(tree.Project).SetPolicyAsync(LateFeePolicy.Standard with { DailyRate = 0m });
        }
        var scene = new CollectionScene(grains, tree, tree.Project[..12]);
        foreach (var building in tree.Buildings)
        {
            for (var i = 1; i <= householdsPerBuilding; i++)
            {
                var id = $"{building}/{i}-101";
                var household = grains.GetGrain<IHouseholdGrain>(id);
                await household.RegisterAsync(BillingFixtures.Household(tree.Project, id) with { BuildingId = building });
                await household.IssueBillsAsync([BillingFixtures.Opening("2025-03", owed)]);
                scene.Households.Add(id);
            }
        }
        return scene;
    }

    /// <summary>A collector of the project (an Access user with the collector role and the project as scope).</summary>
    public async Task<string> CollectorAsync(string name)
    {
        var username = $"{Prefix}-{name}";
        await Grains.GetGrain<IUserGrain>(username).CreateAsync(new NewUser(new UserAccount(username, $"收费员 {name}", Role.Collector, Tree.Project), "collector-pass-1"));
        return username;
    }

    public IHouseholdCaseGrain Case(string householdId) => Grains.GetGrain<IHouseholdCaseGrain>(householdId);

    public ICollectionProjectGrain Project => Grains.GetGrain<ICollectionProjectGrain>(Tree.Project);

    public static CollectionActor Supervisor { get; } = new("supervisor-test", ActorRank.Supervisor);

    public static CollectionActor Acting(string collector) => new(collector, ActorRank.Collector);

    /// <summary>Waits until every household's case has its task open (the ledgers tell their cases in the background).</summary>
    public Task TasksOpenAsync() => Infrastructure.Eventually.TrueAsync(async () =>
        (await Task.WhenAll(Households.Select(h => Case(h).GetAsync()))).All(c => c.Task is { IsOpen: true }),
        TimeSpan.FromSeconds(20), "every household in arrears has an open task");
}
