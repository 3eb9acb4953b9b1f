using CollectionGrains.Access;

namespace CollectionGrains.Silo.Demo;

/// <summary>One user per role in the demo group, so a new user can try every view; the password is CG_DEMO_PASSWORD or cg-demo-2026.</summary>
internal static class DemoUsers
{
    public const string DefaultPassword = "cg-demo-2026";

    public static readonly IReadOnlyList<UserAccount> Accounts =
    [
        new("admin", "集团管理员 张伟", Role.GroupAdmin, DemoPlan.GroupId),
        new("region1", "区域经理 王芳", Role.RegionManager, "demo-r0"),
        new("branch1", "分公司经理 李娜", Role.BranchManager, "demo-br0"),
        new("project1", "项目经理 刘洋", Role.ProjectManager, "demo-p0"),
        new("supervisor1", "客服主管 陈静", Role.Supervisor, "demo-p0"),
        new("collector1", "收费员 杨磊", Role.Collector, "demo-p0"),
        new("finance1", "财务 赵敏", Role.Finance, DemoPlan.GroupId),
        new("auditor1", "审计 黄强", Role.Auditor, DemoPlan.GroupId),
    ];

    public static Task CreateAsync(IGrainFactory grains, string password) =>
        Task.WhenAll(Accounts.Select(account => grains.GetGrain<IUserGrain>(account.Username).ProvisionAsync(new NewUser(account, password))));
}
