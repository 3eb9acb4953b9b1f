namespace CollectionGrains.GraphQL.Access;

/// <summary>What a field touches that must lie inside the caller's scope, checked before (or, for results, after) it resolves.</summary>
internal enum ScopeTarget
{
    /// <summary>Nothing beyond its parent object, which was checked when it was reached (or a resolver that reads the caller's own scope).</summary>
    Parent,

    /// <summary>The organisation node named by an argument.</summary>
    NodeArgument,

    /// <summary>The household named by an argument.</summary>
    HouseholdArgument,

    /// <summary>The node the field returns (a parent may lie above the caller's scope): outside, it answers null.</summary>
    ResultNode,

    /// <summary>The household of the collection task named by an argument.</summary>
    TaskArgument,

    /// <summary>
    /// The household of a task named by an argument, below the scope node whoever holds it: a grab that lost must hear
    /// CONFLICT (who holds it now), not that the task is gone.
    /// </summary>
    PoolTaskArgument,

    /// <summary>The household of a legal-step request named by an argument (<c>{household}:legal-{n}</c>).</summary>
    LegalRequestArgument,

    /// <summary>The household of a service order named by an argument (<c>{household}:service-{n}</c>).</summary>
    ServiceOrderArgument,

    /// <summary>The collector named by an argument (a collector may name only themselves).</summary>
    CollectorArgument,

    /// <summary>The stored user named by an argument: their scope node lies inside the caller's.</summary>
    UserArgument,
}

/// <summary>A <see cref="ScopeTarget"/> and, for arguments, where the id is: <c>id</c> or <c>input.householdId</c>.</summary>
internal sealed record ScopeCheck(ScopeTarget Target, string? ArgumentPath = null)
{
    public static readonly ScopeCheck Parent = new(ScopeTarget.Parent);

    public static readonly ScopeCheck ResultNode = new(ScopeTarget.ResultNode);

    public static ScopeCheck Node(string argumentPath) => new(ScopeTarget.NodeArgument, argumentPath);

    public static ScopeCheck Household(string argumentPath) => new(ScopeTarget.HouseholdArgument, argumentPath);

    public static ScopeCheck Task(string argumentPath) => new(ScopeTarget.TaskArgument, argumentPath);

    public static ScopeCheck LegalRequest(string argumentPath) => new(ScopeTarget.LegalRequestArgument, argumentPath);

    public static ScopeCheck ServiceOrder(string argumentPath) => new(ScopeTarget.ServiceOrderArgument, argumentPath);

    public static ScopeCheck PoolTask(string argumentPath) => new(ScopeTarget.PoolTaskArgument, argumentPath);

    public static ScopeCheck Collector(string argumentPath) => new(ScopeTarget.CollectorArgument, argumentPath);

    public static ScopeCheck User(string argumentPath) => new(ScopeTarget.UserArgument, argumentPath);
}
