using CollectionGrains.Kernel.Tabular;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// What a query costs the cluster, counted in grain calls: a root field, a page of a connection, a list or an object
/// fetched by its own call is 1, times how many parents ask for it (a page's <c>first</c>, a list's typical length);
/// what an object already holds — scalars, a node's totals, a page's edges and nodes — is 0. A dashboard's three-level
/// drill-down (20 × 20 × 50 nodes with their totals) costs about 420; five levels of 100 cost millions and are refused.
/// </summary>
internal static class QueryCost
{
    private const double ListLength = 5;

    /// <summary>Types whose fields come with the object that holds them (no call of their own).</summary>
    private static readonly HashSet<string> Held =
    [
        "Totals", "AgeBucketAmount", "PageInfo", "Allocation", "Promise", "ArrearsReason", "NextAction", "TaskEvent",
        "ContactWindow", "StaffShare", "ImportError", "LegacyIssue", "CollectorCounters",
    ];

    public static FieldComplexityResult Of(FieldImpactContext field)
    {
        var definition = field.FieldDefinition;
        var type = Named(definition.ResolvedType!);
        var parent = field.ParentType.Name;
        if (definition.Name.StartsWith("__", StringComparison.Ordinal) || parent.StartsWith("__", StringComparison.Ordinal)
            || type is ScalarGraphType or EnumerationGraphType
            || (parent.EndsWith("Connection", StringComparison.Ordinal) && definition.Name is "edges" or "pageInfo" or "totalCount")
            || parent.EndsWith("Edge", StringComparison.Ordinal))
        {
            return new(0, 1);
        }
        if (type.Name.EndsWith("Connection", StringComparison.Ordinal))
        {
            return new(1, field.GetArgument<int?>("first", null) ?? Schema.Pages.DefaultPageSize);
        }
        var impact = Held.Contains(type.Name) ? 0 : 1;
        return IsList(definition.ResolvedType!) ? new(impact, field.GetArgument<int?>("first", null) ?? ListLength) : new(impact, 1);
    }

    private static IGraphType Named(IGraphType type) => type is IProvideResolvedType wrapper ? Named(wrapper.ResolvedType!) : type;

    private static bool IsList(IGraphType type) => type switch
    {
        ListGraphType => true,
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType!),
        _ => false,
    };
}
