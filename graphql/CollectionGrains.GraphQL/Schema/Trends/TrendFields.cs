using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Trends;

/// <summary>Trends by month: a node's closed months beside its live current figures.</summary>
internal static class TrendFields
{
    public static void AddToOrgNode(ObjectGraphType<OrgNodeView> node, IGrainFactory grains) =>
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonthCollectionGraphType>>>>("collectionTrend").Allow(FieldAccess.Readers)
            .Description("The closed months before this one, oldest first (this month is in totals): receivable, collected by the month's end and to date.")
            .Argument<IntGraphType>("months", "How many, 1 to 36.", a => a.DefaultValue = 12)
            .ResolveAsync(async c => await grains.GetGrain<ICollectionTrendGrain>(c.Source.Info.Id).GetAsync(c.GetArgument("months", 12)));
}
