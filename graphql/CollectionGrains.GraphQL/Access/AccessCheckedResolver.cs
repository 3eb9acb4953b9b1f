using CollectionGrains.Access;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.GraphQL.Access;

/// <summary>
/// A field's resolver behind its access check; for a mutation, the attempt and its result go to the audit log. A call
/// the cluster refused (a silo joining, leaving or gone) is tried again (<see cref="ClusterRetry"/>).
/// </summary>
internal sealed class AccessCheckedResolver(FieldAccess access, IFieldResolver inner, bool checkScope, bool audited) : IFieldResolver
{
    private Func<IResolveFieldContext, ValueTask<object?>>? _once;

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
        audited ? AuditedAsync(context) : ClusterRetry.ResolveAsync(Once, context, context.CancellationToken);

    private Func<IResolveFieldContext, ValueTask<object?>> Once => _once ??= ResolveOnceAsync;

    private ValueTask<object?> ResolveOnceAsync(IResolveFieldContext context)
    {
        var caller = AccessChecks.CheckRole(context, access);
        return audited || (checkScope && access.Scope.Target != ScopeTarget.Parent) ? ScopedAsync(context, caller) : inner.ResolveAsync(context);
    }

    private async ValueTask<object?> ScopedAsync(IResolveFieldContext context, CallerScope? caller)
    {
        if (!await AccessChecks.ArgumentInScopeAsync(context, access, caller))
        {
            return null;
        }
        var result = await inner.ResolveAsync(context);
        if (access.Scope.Target == ScopeTarget.ResultNode && result is OrgNodeView node && caller is not null && !await caller.ContainsNodeAsync(node.Info.Id))
        {
            return null;
        }
        return result;
    }

    private async ValueTask<object?> AuditedAsync(IResolveFieldContext context)
    {
        var outcome = "OK";
        try
        {
            var result = await ClusterRetry.ResolveAsync(Once, context, context.CancellationToken);
            if (result is CollectionGrains.Kernel.Tabular.ImportReport { Succeeded: false })
            {
                // A refused file answers with its errors, not an exception: the log records what the caller got.
                outcome = Errors.ErrorCodes.BadUserInput;
            }
            return result;
        }
        catch (Exception e)
        {
            outcome = ApiErrorInfoProvider.CodeOf(e);
            throw;
        }
        finally
        {
            // Written once the outcome is known, outside the field's own retry, so it gets one of its own: a refused
            // append would fail a mutation that took effect. (An append in flight to a silo that died may have run
            // there, so such a rare entry can appear twice.)
            await ClusterRetry.ResolveAsync(AppendAuditAsync, (context, outcome), CancellationToken.None);
        }
    }

    private async ValueTask<bool> AppendAuditAsync((IResolveFieldContext Context, string Outcome) attempt)
    {
        var (context, outcome) = attempt;
        var grains = context.RequestServices!.GetRequiredService<IGrainFactory>();
        var user = AccessChecks.UserContextOf(context);
        var caller = user.Caller?.Account;
        var username = caller?.Username ?? user.Login?.Username ?? "(anonymous)";
        var scopeNode = caller?.ScopeNodeId ?? user.Login?.ScopeNodeId;
        var target = access.Scope.ArgumentPath is { } path ? AccessChecks.ArgumentText(context, path) : user.Login?.Username;
        var entry = new AuditEntry(0, default, username, caller?.Role ?? user.Login?.Role, context.FieldDefinition.Name, target, outcome,
            scopeNode is null ? null : await CallerScope.GroupOfAsync(grains, scopeNode));
        await grains.GetGrain<IAuditLogGrain>(0).AppendAsync(entry);
        return true;
    }
}
