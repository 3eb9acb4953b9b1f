using CollectionGrains.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Access;

/// <summary>The checks of one field: a signed-in caller, a role the rule allows, and an object inside the caller's scope.</summary>
internal static class AccessChecks
{
    public static ApiUserContext UserContextOf(IResolveFieldContext context) =>
        context.UserContext as ApiUserContext ?? throw new InvalidOperationException("the execution has no ApiUserContext");

    /// <summary>The caller, once they may use the field at all (UNAUTHENTICATED / FORBIDDEN otherwise); null for an anonymous field.</summary>
    public static CallerScope? CheckRole(IResolveFieldContext context, FieldAccess access)
    {
        var caller = UserContextOf(context).Caller;
        if (access.Roles is null)
        {
            return caller;
        }
        if (caller is null)
        {
            throw ApiError.Unauthenticated("sign in first: send Authorization: Bearer <token> (from Mutation.login)");
        }
        return access.Allows(caller.Account.Role)
            ? caller
            : throw ApiError.Forbidden($"the role {caller.Account.Role} may not use {context.ParentType.Name}.{context.FieldDefinition.Name}");
    }

    /// <summary>
    /// Whether the node or household an argument names is inside the caller's scope. When it is not, the field answers
    /// exactly as for an id that does not exist: null where the field may be null, NOT_FOUND otherwise.
    /// </summary>
    public static async Task<bool> ArgumentInScopeAsync(IResolveFieldContext context, FieldAccess access, CallerScope? caller)
    {
        var scope = access.Scope;
        if (scope.Target is ScopeTarget.Parent or ScopeTarget.ResultNode || caller is null)
        {
            return true;
        }
        var id = ArgumentText(context, scope.ArgumentPath!);
        if (id is null)
        {
            return true; // a required argument that is missing fails validation first
        }
        var inside = scope.Target switch
        {
            ScopeTarget.HouseholdArgument => await caller.ContainsHouseholdAsync(id),
            ScopeTarget.TaskArgument or ScopeTarget.LegalRequestArgument or ScopeTarget.ServiceOrderArgument => Schema.Collection.TaskNode.HouseholdOf(id) is { } household && await caller.ContainsHouseholdAsync(household),
            ScopeTarget.PoolTaskArgument => Schema.Collection.TaskNode.HouseholdOf(id) is { } household && await caller.ContainsHouseholdBelowScopeAsync(household),
            ScopeTarget.CollectorArgument => await caller.ContainsCollectorAsync(id),
            ScopeTarget.UserArgument => await caller.ContainsUserAsync(id),
            _ => await caller.ContainsNodeAsync(id),
        };
        if (inside)
        {
            return true;
        }
        return context.FieldDefinition.ResolvedType is NonNullGraphType
            ? throw scope.Target switch
            {
                ScopeTarget.HouseholdArgument => ApiError.UnknownHousehold(id),
                ScopeTarget.TaskArgument or ScopeTarget.PoolTaskArgument => ApiError.UnknownTask(id),
                ScopeTarget.LegalRequestArgument => ApiError.NotFound($"legal step request {id} does not exist"),
                ScopeTarget.ServiceOrderArgument => ApiError.NotFound($"service order {id} does not exist"),
                ScopeTarget.CollectorArgument => ApiError.UnknownCollector(id),
                ScopeTarget.UserArgument => ApiError.NotFound($"user {id} does not exist"),
                _ => ApiError.UnknownNode(id),
            }
            : false;
    }

    /// <summary>The text at <c>name</c> or <c>input.field</c> among the field's arguments.</summary>
    public static string? ArgumentText(IResolveFieldContext context, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return context.GetArgument<string?>(path);
        }
        return context.GetArgument<Dictionary<string, object?>?>(path[..dot])?.GetValueOrDefault(path[(dot + 1)..]) as string;
    }
}
