namespace CollectionGrains.Access;

/// <summary>What a user does in the collection procedure (DOMAIN.md); with a scope it decides what the user may see and change.</summary>
public enum Role
{
    /// <summary>集团管理员: everything in the group.</summary>
    GroupAdmin,

    /// <summary>区域经理: reads the region.</summary>
    RegionManager,

    /// <summary>分公司经理: reads the branch, approves waivers.</summary>
    BranchManager,

    /// <summary>项目经理: reads the project, approves waivers.</summary>
    ProjectManager,

    /// <summary>客服主管: runs the procedure for a project, takes payments.</summary>
    Supervisor,

    /// <summary>楼管 / 收费员: works a list of households, takes payments.</summary>
    Collector,

    /// <summary>财务: bills, payments, reversals, waivers, imports and bank files.</summary>
    Finance,

    /// <summary>审计: reads everything in scope, and the audit log; changes nothing.</summary>
    Auditor,
}
