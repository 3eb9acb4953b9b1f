using System.Text.Json.Nodes;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>
/// One silo with the GraphQL API over HTTP, shared by a test class: a small organisation tree and three households
/// imported through the API's own import mutations, each with opening arrears (two bills of 2025).
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string HouseholdsCsv = """
        楼栋路径,房号,面积,业主姓名,客户类型,电话,空置,入住日期
        幸福里/一区/1栋,1-101,89.50,张伟,个人,13800138000,否,2020-05-01
        幸福里/一区/2栋,2-201,120,深圳市某某科技有限公司,企业,,是,
        幸福里/二区/3栋,3-301,75.25,李娜,个人,13900139000,否,2021-01-15
        """;

    public const string OpeningArrearsCsv = """
        楼栋路径,房号,收费项目编码,收费项目,账期,应缴日期,欠费金额
        幸福里/一区/1栋,1-101,property,物业费,2025-03,2025-03-15,250.00
        幸福里/一区/1栋,1-101,property,物业费,2025-04,2025-04-15,250.00
        幸福里/一区/2栋,2-201,property,物业费,2025-05,2025-05-15,400.00
        幸福里/二区/3栋,3-301,property,物业费,2025-06,2025-06-15,180.50
        """;

    public TestApi Api { get; private set; } = null!;

    public OrgTree Tree { get; private set; } = null!;

    public string Household(int building, string room) => $"{Tree.Buildings[building]}/{room}";

    public async Task InitializeAsync()
    {
        Api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("api"));
        Tree = await OrgTree.CreateAsync(Api.Grains);
        Api.SignIn(CollectionGrains.Access.Role.GroupAdmin, Tree.Group);
        const string import = """
            mutation($groupId: ID!, $content: String!) { importHouseholds(input: {groupId: $groupId, format: CSV, content: $content}) { succeeded applied errors { row column message } } }
            """;
        var households = await Api.DataAsync(import, new { groupId = Tree.Group, content = HouseholdsCsv });
        Assert.Equal(3, households["importHouseholds"]!["applied"]!.GetValue<int>());
        var arrears = await Api.DataAsync(import.Replace("importHouseholds", "importOpeningArrears"), new { groupId = Tree.Group, content = OpeningArrearsCsv });
        Assert.True(arrears["importOpeningArrears"]!["succeeded"]!.GetValue<bool>(), arrears.ToJsonString());
        await Eventually.TrueAsync(async () =>
            (await Api.Grains.GetGrain<IOrgNodeGrain>(Tree.Group).GetAsync())!.Totals is { Households: 3, ArrearsPrincipal: 1080.50m },
            TimeSpan.FromSeconds(20), "the imported households reach the group's totals");
    }

    public async Task DisposeAsync() => await Api.DisposeAsync();

    public static string Code(JsonNode body) => body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
}
