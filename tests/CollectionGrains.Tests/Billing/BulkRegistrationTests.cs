using System.Text;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Billing;

/// <summary>
/// Households new to the system are stored by the import in bulk, without their grains (decision 0018), and so are the
/// opening arrears of households only imports have written (decision 0021); a household its grain has written changes
/// through its grain. Every figure by hand.
/// </summary>
public sealed class BulkRegistrationTests
{
    [Fact]
    public async Task New_households_stored_in_bulk_are_counted_by_their_buildings_served_by_their_grains_and_reconcile()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("bulk"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var (known, asked, vacant, plain) = ($"{tree.Buildings[0]}/1-101", $"{tree.Buildings[0]}/1-102", $"{tree.Buildings[1]}/2-201", $"{tree.Buildings[2]}/3-301");
        // 1-101 was registered through its grain with 80 m²; 1-102 was asked for before it existed, so an activation of it holds no profile.
        await silo.Grains.GetGrain<IHouseholdGrain>(known).RegisterAsync(new HouseholdProfile(known, tree.Project, tree.Buildings[0], "1-101", 80m, "张伟",
            CustomerType.Individual, [], false, null, []));
        Assert.Null(await silo.Grains.GetGrain<IHouseholdGrain>(asked).GetProfileAsync());

        var file = Encoding.UTF8.GetBytes(string.Join("\r\n",
            "楼栋路径,房号,面积,业主姓名,客户类型,电话,空置,入住日期",
            "幸福里/一区/1栋,1-101,89.50,张伟,个人,13800138000,否,2020-05-01",
            "幸福里/一区/1栋,1-102,66.60,王芳,个人,,否,",
            "幸福里/一区/2栋,2-201,120,深圳市某某科技有限公司,企业,,是,",
            "幸福里/二区/3栋,3-301,75.25,李娜,个人,13900139000,否,2021-01-15") + "\r\n");
        var import = silo.Grains.GetGrain<IImportGrain>(tree.Group);
        var first = await import.ImportHouseholdsAsync(file);
        Assert.Equal((4, 4, 0), (first.Rows, first.Applied, first.Unchanged));

        // The changed household through its grain; the new ones from their stored states, the one asked for before too.
        Assert.Equal(89.50m, (await silo.Grains.GetGrain<IHouseholdGrain>(known).GetProfileAsync())!.Area);
        Assert.Equal((66.60m, "王芳"), await ProfileAsync(asked));
        Assert.Equal((120m, "深圳市某某科技有限公司"), await ProfileAsync(vacant));
        Assert.Equal((75.25m, "李娜"), await ProfileAsync(plain));
        await BillingTables.WaitForAsync($"SELECT count(*) = 4 FROM billing.household WHERE project_id = '{tree.Project}'");
        await BillingTables.WaitForAsync($"SELECT area = 120 AND is_vacant FROM billing.household WHERE household_id = '{vacant}'");

        // The group counts all four, one vacant; a payment of ¥100 to a household stored in bulk is prepaid in the totals.
        await Eventually.TrueAsync(async () => await TotalsAsync(silo, tree.Group) == (4, 1, 0m), TimeSpan.FromSeconds(20), "the group counts the four households");
        await silo.Grains.GetGrain<IHouseholdGrain>(plain).RecordPaymentAsync(new PaymentRequest("BULK-1", 100m, PaymentChannel.Counter, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => await TotalsAsync(silo, tree.Group) == (4, 1, 100m), TimeSpan.FromSeconds(20), "the payment reaches the group");

        var again = await import.ImportHouseholdsAsync(file);
        Assert.Equal((4, 0, 4), (again.Rows, again.Applied, again.Unchanged));
        Assert.Empty((await silo.Grains.GetGrain<IReconciliationGrain>(tree.Group).ReconcileAsync(repair: false)).Differences);

        async Task<(decimal, string)> ProfileAsync(string household) =>
            await silo.Grains.GetGrain<IHouseholdGrain>(household).GetProfileAsync() is { } p ? (p.Area, p.OwnerName) : (0m, "not registered");
    }

    [Fact]
    public async Task Opening_arrears_of_households_only_imports_wrote_are_issued_in_bulk_and_an_activation_holding_an_older_copy_sees_them()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("bulkbills"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        // A collector holds building 1 from before its households exist.
        var collector = $"{tree.Group}-c1";
        await silo.Grains.GetGrain<IUserGrain>(collector).CreateAsync(new NewUser(new UserAccount(collector, "收费员 李强", Role.Collector, tree.Project), "collector-pass-1"));
        var project = silo.Grains.GetGrain<ICollectionProjectGrain>(tree.Project);
        await project.AssignAsync(collector, [], [tree.Buildings[0]], new CollectionActor("supervisor-test", ActorRank.Supervisor));
        var import = silo.Grains.GetGrain<IImportGrain>(tree.Group);
        Assert.True((await import.ImportHouseholdsAsync(Encoding.UTF8.GetBytes(string.Join("\r\n",
            "楼栋路径,房号,面积,业主姓名,客户类型,电话,空置,入住日期",
            "幸福里/一区/1栋,1-101,89.50,张伟,个人,13800138000,否,2020-05-01",
            "幸福里/一区/1栋,1-102,66.60,王芳,个人,,否,",
            "幸福里/一区/2栋,2-201,120,刘洋,个人,,否,",
            "幸福里/一区/2栋,2-202,75,赵敏,个人,,否,") + "\r\n"))).Succeeded);
        var (twoBills, activeBefore, grainWrote, inPool) = ($"{tree.Buildings[0]}/1-101", $"{tree.Buildings[0]}/1-102", $"{tree.Buildings[1]}/2-201", $"{tree.Buildings[1]}/2-202");
        // 1-102 and its case are resident with what was stored before (no bill, no case); 2-201 has been written by its
        // grain since.
        Assert.Equal(0m, (await silo.Grains.GetGrain<IHouseholdGrain>(activeBefore).GetArrearsAsync(null)).Principal);
        Assert.Null((await silo.Grains.GetGrain<IHouseholdCaseGrain>(activeBefore).GetAsync()).Task);
        await silo.Grains.GetGrain<IHouseholdGrain>(grainWrote).ResendTotalsAsync();

        var arrears = Encoding.UTF8.GetBytes(string.Join("\r\n",
            "楼栋路径,房号,收费项目编码,收费项目,账期,应缴日期,欠费金额",
            "幸福里/一区/1栋,1-101,property,物业费,2024-11,2024-11-15,250.00",
            "幸福里/一区/1栋,1-101,property,物业费,2024-12,2024-12-15,250.00",
            "幸福里/一区/1栋,1-102,property,物业费,2025-01,2025-01-15,180.50",
            "幸福里/一区/2栋,2-201,parking,停车费,2024-10,2024-10-15,99.90",
            "幸福里/一区/2栋,2-202,property,物业费,2025-03,2025-03-15,150.00") + "\r\n");
        var first = await import.ImportOpeningArrearsAsync(arrears);
        Assert.Equal((5, 0), (first.Applied, first.Unchanged));

        Assert.Equal(500.00m, await PrincipalAsync(twoBills));
        Assert.Equal(180.50m, await PrincipalAsync(activeBefore));
        Assert.Equal(99.90m, await PrincipalAsync(grainWrote));
        Assert.Equal(150.00m, await PrincipalAsync(inPool));
        await BillingTables.WaitForAsync($"SELECT count(*) = 5 AND sum(principal) = 930.40 FROM billing.bill WHERE project_id = '{tree.Project}'");
        await Eventually.TrueAsync(async () => await ArrearsAsync(silo, tree.Group) == (4, 930.40m), TimeSpan.FromSeconds(20),
            "the group counts four households owing 500.00 + 180.50 + 99.90 + 150.00");
        // Each case is open, owing what its household's ledger says (overdue principal and late fee); those of building 1
        // are the collector's, the others in the pool; the project lists the four tasks, the collector the two.
        foreach (var (household, holder) in new[] { (twoBills, collector), (activeBefore, collector), (grainWrote, (string?)null), (inPool, null) })
        {
            var owed = (await silo.Grains.GetGrain<IHouseholdGrain>(household).GetArrearsAsync(null)).Total;
            await Eventually.TrueAsync(async () => await silo.Grains.GetGrain<IHouseholdCaseGrain>(household).GetAsync() is { Task: not null } c
                    && c.Owed == owed && c.Collector == holder && c.Task.Status == (holder is null ? CollectionTaskStatus.Pool : CollectionTaskStatus.Assigned),
                TimeSpan.FromSeconds(20), $"the case of {household} is open, owes {owed} and is held by {holder ?? "the pool"}");
        }
        await Eventually.TrueAsync(async () => (await project.GetTasksAsync(new TaskFilter(), 50, null)).TotalCount == 4, TimeSpan.FromSeconds(10), "the project lists four tasks");
        Assert.Equal([twoBills, activeBefore], (await silo.Grains.GetGrain<ICollectorGrain>(collector).GetCasesAsync()).Select(c => c.HouseholdId).Order());

        var again = await import.ImportOpeningArrearsAsync(arrears);
        Assert.Equal((0, 5), (again.Applied, again.Unchanged));
        Assert.Empty((await silo.Grains.GetGrain<IReconciliationGrain>(tree.Group).ReconcileAsync(repair: false)).Differences);

        async Task<decimal> PrincipalAsync(string household) => (await silo.Grains.GetGrain<IHouseholdGrain>(household).GetArrearsAsync(null)).Principal;
    }

    private static async Task<(long InArrears, decimal Principal)> ArrearsAsync(TestSilo silo, string node) =>
        (await OrgTree.Node(silo.Grains, node).GetAsync())!.Totals is var t ? (t.HouseholdsInArrears, t.ArrearsPrincipal) : default;

    private static async Task<(long Households, long Vacant, decimal Prepaid)> TotalsAsync(TestSilo silo, string node) =>
        (await OrgTree.Node(silo.Grains, node).GetAsync())!.Totals is var t ? (t.Households, t.VacantHouseholds, t.Prepaid) : default;
}
