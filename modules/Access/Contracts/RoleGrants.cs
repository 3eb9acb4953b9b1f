using CollectionGrains.Organisation;

namespace CollectionGrains.Access;

/// <summary>
/// Who may give which role, and at which level of the tree each role works. The group admin gives any role; a region,
/// branch or project manager gives only the roles below theirs that hold no power they lack (finance and auditors are
/// the group admin's to create).
/// </summary>
public static class RoleGrants
{
    public static bool CanGrant(Role caller, Role role) => caller switch
    {
        Role.GroupAdmin => true,
        Role.RegionManager => role is Role.BranchManager or Role.ProjectManager or Role.Supervisor or Role.Collector,
        Role.BranchManager => role is Role.ProjectManager or Role.Supervisor or Role.Collector,
        Role.ProjectManager => role is Role.Supervisor or Role.Collector,
        _ => false,
    };

    /// <summary>Why a user of this role cannot have a scope node of this level, or null when they can.</summary>
    public static string? ScopeProblem(Role role, OrgLevel level)
    {
        OrgLevel[] allowed = role switch
        {
            Role.GroupAdmin => [OrgLevel.Group],
            Role.RegionManager => [OrgLevel.Region],
            Role.BranchManager => [OrgLevel.Branch],
            Role.ProjectManager or Role.Supervisor => [OrgLevel.Project],
            Role.Collector => [OrgLevel.Project, OrgLevel.Zone],
            _ => [OrgLevel.Group, OrgLevel.Region, OrgLevel.Branch, OrgLevel.Project],
        };
        return allowed.Contains(level) ? null : $"a {role} works at a {string.Join(" or ", allowed)}, and the scope given is a {level}";
    }
}
