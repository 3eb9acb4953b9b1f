using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class ScriptGraphType : ObjectGraphType<CollectionScript>
{
    public ScriptGraphType()
    {
        Name = "Script";
        Description = "话术: a standard wording for a situation (method, class, grade), versioned; a Liquid template with {{ owner }}, {{ amount }}, {{ months }}, {{ payLink }}, {{ project }}, {{ collector }}.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.ScriptId);
        Field<NonNullGraphType<IntGraphType>>("version").Allow(FieldAccess.Readers).Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("title").Allow(FieldAccess.Readers).Resolve(c => c.Source.Draft.Title);
        Field<NonNullGraphType<ContactMethodGraphType>>("method").Allow(FieldAccess.Readers).Resolve(c => c.Source.Draft.Method);
        Field<ContactClassGraphType>("contactClass").Allow(FieldAccess.Readers).Resolve(c => c.Source.Draft.Class);
        Field<Customers.GradeGraphType>("grade").Allow(FieldAccess.Readers).Resolve(c => c.Source.Draft.Grade);
        Field<NonNullGraphType<StringGraphType>>("body").Allow(FieldAccess.Readers).Resolve(c => c.Source.Draft.Body);
        Field<NonNullGraphType<InstantGraphType>>("savedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.SavedAt);
        Field<NonNullGraphType<StringGraphType>>("savedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.SavedBy);
    }

    /// <summary>A script of the caller's group (a version of it, or its latest).</summary>
    public static async Task<CollectionScript?> FindAsync(IGrainFactory grains, IResolveFieldContext context, string scriptId, int? version) =>
        await AccessChecks.UserContextOf(context).Caller!.GroupIdAsync() is { } groupId
            ? await grains.GetGrain<IScriptLibraryGrain>(groupId).GetAsync(scriptId, version)
            : null;
}
