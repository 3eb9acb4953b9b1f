using GraphQL;
using GraphQL.Resolvers;

namespace CollectionGrains.GraphQL.Access;

/// <summary>A subscription's stream behind its access check: nothing is subscribed unless the caller may see the object.</summary>
internal sealed class AccessCheckedStreamResolver(FieldAccess access, ISourceStreamResolver inner) : ISourceStreamResolver
{
    public async ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context)
    {
        var caller = AccessChecks.CheckRole(context, access);
        await AccessChecks.ArgumentInScopeAsync(context, access, caller); // a subscription field is never null: outside the scope it throws NOT_FOUND
        return await inner.ResolveAsync(context);
    }
}
