using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IGrainFactory grains, CollectionGrains.Kernel.BusinessClock clock)
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgNodeGraphType>>>>("orgRoots").Allow(FieldAccess.Readers)
            .Description("The roots of the tree the caller may see: their group, or for a narrower scope the node at its top.")
            .ResolveAsync(async c =>
            {
                var root = await grains.GetGrain<IOrgNodeGrain>(AccessChecks.UserContextOf(c).Caller!.Account.ScopeNodeId).GetAsync();
                return root is null ? [] : new List<OrgNodeView> { root };
            });
        Field<OrgNodeGraphType>("orgNode").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("id")))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await grains.GetGrain<IOrgNodeGrain>(c.GetArgument<string>("id")).GetAsync());
        Field<HouseholdGraphType>("household").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Household("id")))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                return await grains.GetGrain<IHouseholdGrain>(id).GetProfileAsync() is { } profile ? new HouseholdNode(id, profile) : null;
            });
        Field<NonNullGraphType<ConnectionType<HouseholdGraphType>>>("arrears").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
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
                var filter = ArrearsFilterInputType.Read(c.GetArgument<Dictionary<string, object?>?>("filter"))
                    with { Hidden = await AccessChecks.UserContextOf(c).Caller!.HiddenHouseholdsAsync() };
                var page = await grains.GetGrain<IArrearsListGrain>(nodeId)
                    .GetPageAsync(filter, c.GetArgument("orderBy", ArrearsOrder.AmountDescending), first, c.GetArgument<string?>("after"));
                var nodes = page.Entries.Select((entry, i) => (new HouseholdNode(entry.HouseholdId, Listed: entry), page.Cursors[i])).ToList();
                return Pages.Build(nodes, page.TotalCount, page.HasNextPage, c.GetArgument<string?>("after") is not null);
            });
        Field<NonNullGraphType<UserGraphType>>("me").Allow(FieldAccess.Readers)
            .Description("The signed-in user.")
            .Resolve(c => AccessChecks.UserContextOf(c).Caller!.Account);
        Field<NonNullGraphType<ConnectionType<AuditEntryGraphType>>>("auditLog").Allow(FieldAccess.Auditors)
            .Description("Every mutation made in the caller's group (who, what, which object, when, result), newest first. The caller's scope must be the group.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await AuditLogPage.ReadAsync(grains, c));
        Collection.CollectionQueries.AddTo(this, grains, clock);
        Collection.VisitQueries.AddTo(this, grains, clock);
        Service.ServiceFields.AddQueries(this, grains);
        Customers.CustomerFields.AddQueries(this, grains);
        Collection.WarningFields.AddQueries(this, grains);
        Users.UserQueries.AddTo(this, grains);
        Outreach.OutreachQueries.AddTo(this, grains);
        Outreach.LegalMutations.AddQueries(this, grains);
        Outreach.MessageFields.AddQueries(this, grains);
        Outreach.ProjectOutreachFields.AddQueries(this, grains);
        Analytics.AnalyticsFields.AddQueries(this, grains);
        Analytics.ReportFields.AddQueries(this, grains);
    }
}
