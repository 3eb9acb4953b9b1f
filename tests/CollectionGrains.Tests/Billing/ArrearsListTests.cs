using System.Text;
using CollectionGrains.Billing;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Billing;

public sealed class ArrearsListTests
{
    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    [Fact]
    public async Task A_nodes_arrears_list_is_filtered_sorted_paged_and_exported_with_the_record_sheet_columns()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("arrears"));
        var tree = await LoadFourHouseholdsAsync(silo);
        var list = silo.Grains.GetGrain<IArrearsListGrain>(tree.Project);

        var page1 = await list.GetPageAsync(new ArrearsFilter(), ArrearsOrder.AmountDescending, 2, null);
        var page2 = await list.GetPageAsync(new ArrearsFilter(), ArrearsOrder.AmountDescending, 2, page1.EndCursor);

        Assert.Equal(3, page1.TotalCount);
        Assert.Equal(["1-102", "1-101"], page1.Entries.Select(e => e.Room));
        Assert.True(page1.HasNextPage);
        Assert.Equal(["2-201"], page2.Entries.Select(e => e.Room));
        Assert.False(page2.HasNextPage);
        Assert.Equal(AgeBucket.Over365, page1.Entries[1].AgeBucket);
        Assert.Equal(["深圳某公司"], (await list.GetPageAsync(new ArrearsFilter(CustomerType: CustomerType.Corporate), ArrearsOrder.Room, 10, null)).Entries.Select(e => e.OwnerName));
        Assert.Equal(["2-201"], (await list.GetPageAsync(new ArrearsFilter(Vacant: true), ArrearsOrder.Room, 10, null)).Entries.Select(e => e.Room));
        Assert.Equal(["1-102"], (await list.GetPageAsync(new ArrearsFilter(MinimumAmount: 1000m), ArrearsOrder.Room, 10, null)).Entries.Select(e => e.Room));
        Assert.Equal(["1-101"], (await list.GetPageAsync(new ArrearsFilter(AgeBuckets: [AgeBucket.Over365]), ArrearsOrder.Room, 10, null)).Entries.Select(e => e.Room));
        Assert.Single((await silo.Grains.GetGrain<IArrearsListGrain>(tree.Buildings[1]).GetPageAsync(new ArrearsFilter(), ArrearsOrder.Room, 10, null)).Entries);

        var csv = Table.Read(await list.ExportAsync(new ArrearsFilter(), ArrearsOrder.AmountDescending, ExportFormat.Csv));
        var xlsx = Table.Read(await list.ExportAsync(new ArrearsFilter(), ArrearsOrder.AmountDescending, ExportFormat.Xlsx));
        Assert.Equal(["序号", "楼栋", "房号", "业主姓名", "联系电话", "客户类型", "空置", "欠费本金", "违约金", "欠费合计", "账龄", "最近联系", "第一次催收", "第二次催收", "第三次催收"], csv.Headers);
        Assert.Equal(3, csv.Rows.Count);
        Assert.Equal(["1", "幸福里/一区/1栋", "1-102", "深圳某公司"], csv.Rows[0].Take(4));
        Assert.Equal("5000.00", csv.Rows[0][7]);
        Assert.Equal(csv.Headers, xlsx.Headers);
        Assert.Equal(csv.Rows.Select(r => string.Join("|", r)), xlsx.Rows.Select(r => string.Join("|", r)));

        Assert.Equal(LedgerErrorCode.BadInput, (await Assert.ThrowsAsync<LedgerRejectedException>(() =>
            list.GetPageAsync(new ArrearsFilter(), ArrearsOrder.Room, 0, null))).Code);
        Assert.Equal(LedgerErrorCode.NotFound, (await Assert.ThrowsAsync<LedgerRejectedException>(() =>
            silo.Grains.GetGrain<IArrearsListGrain>("no-such-node").GetPageAsync(new ArrearsFilter(), ArrearsOrder.Room, 10, null))).Code);
    }

    /// <summary>1-101 (old arrears), 1-102 (corporate, 5,000.00), 2-201 (vacant) in arrears; 3-301 paid up.</summary>
    private static async Task<OrgTree> LoadFourHouseholdsAsync(TestSilo silo)
    {
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var import = silo.Grains.GetGrain<IImportGrain>(tree.Group);
        Assert.True((await import.ImportHouseholdsAsync(Csv("楼栋路径,房号,面积,业主姓名,客户类型,电话,空置",
            "幸福里/一区/1栋,1-101,100,张伟,个人,13800138000,否",
            "幸福里/一区/1栋,1-102,100,深圳某公司,企业,075512345678,否",
            "幸福里/一区/2栋,2-201,100,李娜,个人,13900139000,是",
            "幸福里/二区/3栋,3-301,100,王芳,个人,13700137000,否"))).Succeeded);
        var today = CollectionGrains.Kernel.BusinessCalendar.Today(TimeProvider.System);
        Assert.True((await import.ImportOpeningArrearsAsync(Csv("楼栋路径,房号,收费项目编码,收费项目,账期,应缴日期,欠费金额",
            "幸福里/一区/1栋,1-101,property,物业费,2024-01,2024-01-15,300.00",
            $"幸福里/一区/1栋,1-102,property,物业费,{today.AddMonths(-2):yyyy-MM},{today.AddDays(-40):yyyy-MM-dd},5000.00",
            $"幸福里/一区/2栋,2-201,property,物业费,{today.AddMonths(-1):yyyy-MM},{today.AddDays(-10):yyyy-MM-dd},80.00",
            $"幸福里/二区/3栋,3-301,property,物业费,{today.AddMonths(-1):yyyy-MM},{today.AddDays(-10):yyyy-MM-dd},90.00"))).Succeeded);
        await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[2]}/3-301").RecordPaymentAsync(BillingFixtures.Payment("p-3-301", 100m));
        await Eventually.TrueAsync(async () => (await silo.Grains.GetGrain<IOrgNodeGrain>(tree.Group).GetAsync())!.Totals.HouseholdsInArrears == 3,
            TimeSpan.FromSeconds(10), "three households in arrears reached the group");
        return tree;
    }

    [Fact]
    public async Task A_live_list_follows_payments_moves_and_renames_below_its_node()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("arrears-live"));
        var tree = await LoadFourHouseholdsAsync(silo);
        var project = silo.Grains.GetGrain<IArrearsListGrain>(tree.Project);
        var zone1 = silo.Grains.GetGrain<IArrearsListGrain>(tree.Zones[0]);
        var zone2 = silo.Grains.GetGrain<IArrearsListGrain>(tree.Zones[1]);
        Assert.Equal(["1-101", "1-102", "2-201"], await RoomsAsync(zone1));
        Assert.Empty(await RoomsAsync(zone2));

        await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/1-102").RecordPaymentAsync(BillingFixtures.Payment("p-1-102", 9000m));
        await Eventually.TrueAsync(async () => (await RoomsAsync(project)).SequenceEqual(["1-101", "2-201"]), TimeSpan.FromSeconds(10),
            "the paid household left the project's list");

        await OrgTree.Node(silo.Grains, tree.Buildings[1]).MoveAsync(tree.Zones[1]);
        await Eventually.TrueAsync(async () => (await RoomsAsync(zone1)).SequenceEqual(["1-101"]) && (await RoomsAsync(zone2)).SequenceEqual(["2-201"]),
            TimeSpan.FromSeconds(10), "the moved building's household moved from one zone's list to the other's");
        Assert.Equal(["幸福里/一区/1栋", "幸福里/二区/2栋"], await BuildingPathsAsync(project));

        await OrgTree.Node(silo.Grains, tree.Zones[1]).RenameAsync("东区");
        await Eventually.TrueAsync(async () => (await BuildingPathsAsync(project)).SequenceEqual(["幸福里/一区/1栋", "幸福里/东区/2栋"]),
            TimeSpan.FromSeconds(10), "a renamed zone shows in the paths of the project's list");
    }

    private static async Task<List<string>> RoomsAsync(IArrearsListGrain list) =>
        (await list.GetPageAsync(new ArrearsFilter(), ArrearsOrder.Room, 50, null)).Entries.Select(e => e.Room).ToList();

    private static async Task<List<string>> BuildingPathsAsync(IArrearsListGrain list) =>
        Table.Read(await list.ExportAsync(new ArrearsFilter(), ArrearsOrder.Room, ExportFormat.Csv)).Rows.Select(r => r[1]).ToList();
}
