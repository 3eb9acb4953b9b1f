using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Access;

/// <summary>
/// One silo with the API and two groups, so every role has something inside its scope and, just outside it, something
/// of the same kind: G → R1 → B1 → {P1, P2}, B1's sibling B2 → P3, R1's sibling R2 → B3 → P4, and a second group G2 → … → P5.
/// Each project has one zone, one building and one household in arrears with a payment.
/// </summary>
public sealed class AccessFixture : IAsyncLifetime
{
    private readonly string _prefix = $"a{Guid.NewGuid():N}"[..9];

    public TestApi Api { get; private set; } = null!;

    public string Group => Id("g");

    public string OtherGroup => Id("g2");

    public static IReadOnlyList<Role> Roles { get; } = Enum.GetValues<Role>();

    /// <summary>Where each role's user works: the node at the top of their scope.</summary>
    public string ScopeOf(Role role) => role switch
    {
        Role.GroupAdmin or Role.Finance or Role.Auditor => Group,
        Role.RegionManager => Id("r1"),
        Role.BranchManager => Id("b1"),
        _ => Project(1),
    };

    /// <summary>The project nearest to the role's scope but outside it.</summary>
    public int OutsideProjectFor(Role role) => role switch
    {
        Role.GroupAdmin or Role.Finance or Role.Auditor => 5,
        Role.RegionManager => 4,
        Role.BranchManager => 3,
        _ => 2,
    };

    public string Project(int n) => Id($"p{n}");

    public string Building(int n) => Id($"p{n}-z-b");

    public string Household(int n) => $"{Building(n)}/1-101";

    public string TokenFor(Role role) => Api.TokenFor(role, ScopeOf(role), $"{role}-user".ToLowerInvariant());

    public async Task InitializeAsync()
    {
        Api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("access"));
        await NodeAsync("g", "集团", OrgLevel.Group, null);
        await NodeAsync("g2", "另一集团", OrgLevel.Group, null);
        await NodeAsync("r1", "华南区域", OrgLevel.Region, "g");
        await NodeAsync("r2", "华北区域", OrgLevel.Region, "g");
        await NodeAsync("r5", "西南区域", OrgLevel.Region, "g2");
        await NodeAsync("b1", "深圳分公司", OrgLevel.Branch, "r1");
        await NodeAsync("b2", "广州分公司", OrgLevel.Branch, "r1");
        await NodeAsync("b3", "北京分公司", OrgLevel.Branch, "r2");
        await NodeAsync("b5", "成都分公司", OrgLevel.Branch, "r5");
        foreach (var (project, branch) in new[] { (1, "b1"), (2, "b1"), (3, "b2"), (4, "b3"), (5, "b5") })
        {
            await NodeAsync($"p{project}", $"项目{project}", OrgLevel.Project, branch);
            await NodeAsync($"p{project}-z", "一区", OrgLevel.Zone, $"p{project}");
            await NodeAsync($"p{project}-z-b", "1栋", OrgLevel.Building, $"p{project}-z");
            var household = Api.Grains.GetGrain<IHouseholdGrain>(Household(project));
            await household.RegisterAsync(BillingFixtures.Household(Project(project), Household(project)) with { BuildingId = Building(project) });
            await household.IssueBillsAsync([BillingFixtures.Opening("2025-03", 5000m)]);
            await household.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("seed"), 10m));
        }
        await Eventually.TrueAsync(async () => (await Api.Grains.GetGrain<IOrgNodeGrain>(Group).GetAsync())!.Totals.Households == 4,
            TimeSpan.FromSeconds(20), "the households reach the group");
    }

    public async Task DisposeAsync() => await Api.DisposeAsync();

    private string Id(string name) => $"{_prefix}-{name}";

    private Task NodeAsync(string id, string name, OrgLevel level, string? parent) =>
        Api.Grains.GetGrain<IOrgNodeGrain>(Id(id)).CreateAsync(name, level, parent is null ? null : Id(parent));
}
