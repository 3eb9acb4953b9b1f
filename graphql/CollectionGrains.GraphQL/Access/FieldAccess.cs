using CollectionGrains.Access;

namespace CollectionGrains.GraphQL.Access;

/// <summary>
/// The access rule of one field: the roles that may use it (none listed: anyone, signed in or not) and what it touches
/// that must be inside the caller's scope. Every field of the schema has one; <see cref="AccessEnforcer"/> refuses to
/// build a schema with a field that has none.
/// </summary>
internal sealed record FieldAccess(IReadOnlySet<Role>? Roles, ScopeCheck Scope)
{
    public const string MetadataKey = "collectiongrains.access";

    private static readonly IReadOnlySet<Role> Everyone = new HashSet<Role>(Enum.GetValues<Role>());

    /// <summary>Every signed-in role may read it; it shows nothing beyond its already checked parent.</summary>
    public static readonly FieldAccess Readers = new(Everyone, ScopeCheck.Parent);

    /// <summary>No token needed (login).</summary>
    public static readonly FieldAccess Anonymous = new(null, ScopeCheck.Parent);

    /// <summary>Payments: finance, the group admin, and those who collect (supervisors and collectors).</summary>
    public static readonly FieldAccess Payments = For(Role.GroupAdmin, Role.Finance, Role.Supervisor, Role.Collector);

    /// <summary>Bill runs, reversals, imports and bank files: finance and the group admin.</summary>
    public static readonly FieldAccess FinanceOnly = For(Role.GroupAdmin, Role.Finance);

    /// <summary>Waivers: finance, the group admin, and the managers who approve them.</summary>
    public static readonly FieldAccess Waivers = For(Role.GroupAdmin, Role.Finance, Role.BranchManager, Role.ProjectManager);

    /// <summary>The collection work on households: collectors (their own and the pool's), supervisors, project managers, the group admin.</summary>
    public static readonly FieldAccess CollectionWork = For(Role.GroupAdmin, Role.ProjectManager, Role.Supervisor, Role.Collector);

    /// <summary>Running a project's procedure: assigning, policies, cancelling, splitting: supervisors, project managers, the group admin.</summary>
    public static readonly FieldAccess CollectionSetup = For(Role.GroupAdmin, Role.ProjectManager, Role.Supervisor);

    /// <summary>Supervisors and the managers above them: door codes (what a visit proves), analysis reports and their schedule; never a collector.</summary>
    public static readonly FieldAccess Managers = For(Role.GroupAdmin, Role.RegionManager, Role.BranchManager, Role.ProjectManager, Role.Supervisor);

    /// <summary>The audit log: auditors and the group admin.</summary>
    public static readonly FieldAccess Auditors = For(Role.GroupAdmin, Role.Auditor);

    public static FieldAccess For(params Role[] roles) => new(new HashSet<Role>(roles), ScopeCheck.Parent);

    public FieldAccess InScopeOf(ScopeCheck scope) => this with { Scope = scope };

    public bool Allows(Role? role) => Roles is null || (role is { } r && Roles.Contains(r));
}
