using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IGrainFactory grains)
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgNodeGraphType>>>>("orgRoots")
            .Description("The groups at the roots of the organisation tree.")
            .ResolveAsync(async _ =>
            {
                var ids = await grains.GetGrain<IOrgDirectoryGrain>(IOrgDirectoryGrain.Key).GetGroupsAsync();
                var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<IOrgNodeGrain>(id).GetAsync()));
                return views.OfType<OrgNodeView>().ToList();
            });
        Field<OrgNodeGraphType>("orgNode")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await grains.GetGrain<IOrgNodeGrain>(c.GetArgument<string>("id")).GetAsync());
        Field<HouseholdGraphType>("household")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                return await grains.GetGrain<IHouseholdGrain>(id).GetProfileAsync() is { } profile ? new HouseholdNode(id, profile) : null;
            });
        Field<NonNullGraphType<ConnectionType<HouseholdGraphType>>>("arrears")
            .Description("欠费清单: the households in arrears below a node, filtered, sorted and paged.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<ArrearsFilterInputType>("filter")
            .Argument<ArrearsOrderGraphType>("orderBy", a => a.DefaultValue = ArrearsOrder.AmountDescending)
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var nodeId = c.GetArgument<string>("nodeId");
                var first = Pages.CheckFirst(c.GetArgument<int?>("first"));
                if (await grains.GetGrain<IOrgNodeGrain>(nodeId).GetAsync() is null)
                {
                    throw ApiError.NotFound($"organisation node {nodeId} does not exist");
                }
                var filter = ArrearsFilterInputType.Read(c.GetArgument<Dictionary<string, object?>?>("filter"));
                var page = await grains.GetGrain<IArrearsListGrain>(nodeId)
                    .GetPageAsync(filter, c.GetArgument("orderBy", ArrearsOrder.AmountDescending), first, c.GetArgument<string?>("after"));
                var nodes = page.Entries.Select((entry, i) => (new HouseholdNode(entry.HouseholdId, Listed: entry), page.Cursors[i])).ToList();
                return Pages.Build(nodes, page.TotalCount, page.HasNextPage, c.GetArgument<string?>("after") is not null);
            });
    }
}
