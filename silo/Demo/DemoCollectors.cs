using CollectionGrains.Access;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// The demo's collectors: four in each of the first projects, each holding buildings (分片包户) — in zone 一区 two
/// buildings each, in 二区 two and one, the last building left in the pool. The first project's are collector1 … collector4
/// (collector4 is front-desk staff taking part, 全员催缴).
/// </summary>
internal static class DemoCollectors
{
    private static readonly string[] Names = ["杨磊", "周杰", "吴娟", "孙秀英", "马超", "朱明", "胡艳", "郭涛", "徐静", "赵勇", "黄丽", "陈洋"];

    public static string Username(int project, int k) => project == 0 ? $"collector{k}" : $"p{project}-collector{k}";

    public static UserAccount Account(int project, int k) =>
        new(Username(project, k), $"{(k == 4 ? "前台" : "收费员")} {Names[(project * 4 + k - 1) % Names.Length]}", Role.Collector, $"{DemoPlan.GroupId}-p{project}");

    /// <summary>The collector (1–4) who holds a building of a project (zone z, building b), or none: the pool.</summary>
    public static int? HolderOf(int zone, int building) => (zone, building) switch
    {
        (0, 0 or 1) => 1,
        (0, _) => 2,
        (1, 0 or 1) => 3,
        (1, 2) => 4,
        _ => null,
    };
}
