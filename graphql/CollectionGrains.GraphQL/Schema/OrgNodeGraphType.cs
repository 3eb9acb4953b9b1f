using CollectionGrains.GraphQL.Access;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class OrgNodeGraphType : ObjectGraphType<OrgNodeView>
{
    public OrgNodeGraphType(IGrainFactory grains)
    {
        Name = "OrgNode";
        Description = "A node of the organisation tree (group, region, branch, project, zone, building) with its live totals.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.Info.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Allow(FieldAccess.Readers).Resolve(c => c.Source.Info.Name);
        Field<NonNullGraphType<OrgLevelGraphType>>("level").Allow(FieldAccess.Readers).Resolve(c => c.Source.Info.Level);
        Field<StringGraphType>("address").Allow(FieldAccess.Readers).Description("A building's address, when known.").Resolve(c => c.Source.Info.Location?.Address);
        Field<StringGraphType>("doorLabelsUrl").Allow(FieldAccess.Managers)
            .Description("A building's door labels (门牌二维码) as a PDF to print (same bearer token as the API); null for other levels.")
            .Resolve(c => c.Source.Info.Level == OrgLevel.Building ? Transport.DoorLabelsEndpoint.PathOf(c.Source.Info.Id) : null);
        Field<GeoPointGraphType>("location").Allow(FieldAccess.Readers).Description("A building's coordinates (WGS-84), when known: what a visit's position is checked against.")
            .Resolve(c => c.Source.Info.Location is { Latitude: { } latitude, Longitude: { } longitude } ? new GeoPoint(latitude, longitude) : null);
        Field<DecimalGraphType>("latitude").Allow(FieldAccess.Readers).Description("A building's latitude (WGS-84), when known.").Resolve(c => c.Source.Info.Location?.Latitude);
        Field<DecimalGraphType>("longitude").Allow(FieldAccess.Readers).Description("A building's longitude (WGS-84), when known.").Resolve(c => c.Source.Info.Location?.Longitude);
        Field<OrgNodeGraphType>("parent").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.ResultNode)).ResolveAsync(async c =>
            c.Source.Info.ParentId is { } parentId ? await grains.GetGrain<IOrgNodeGrain>(parentId).GetAsync() : null);
        Field<NonNullGraphType<TotalsGraphType>>("totals").Allow(FieldAccess.Readers).Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<LongGraphType>>("version").Allow(FieldAccess.Readers).Description("Increases with every change of the totals.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<ConnectionType<OrgNodeGraphType>>>("children").Allow(FieldAccess.Readers)
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Argument<ChildOrderGraphType>("orderBy", a => a.DefaultValue = ChildOrder.Name)
            .ResolveAsync(async c =>
            {
                Pages.CheckFirst(c.GetArgument<int?>("first"));
                var children = await grains.GetGrain<IOrgNodeGrain>(c.Source.Info.Id).GetChildrenAsync(c.GetArgument("orderBy", ChildOrder.Name));
                return Pages.Slice(children, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), "children");
            });
        Field<NonNullGraphType<ConnectionType<HouseholdGraphType>>>("households").Allow(FieldAccess.Readers)
            .Description("The households of a building, by id (empty above the building level).")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                Pages.CheckFirst(c.GetArgument<int?>("first"));
                var hidden = await AccessChecks.UserContextOf(c).Caller!.HiddenHouseholdsAsync();
                var ids = c.Source.Info.Level == OrgLevel.Building
                    ? (await grains.GetGrain<IOrgNodeGrain>(c.Source.Info.Id).GetChildTotalsAsync()).Keys
                        .Where(key => !ChildKey.IsFacet(key) && hidden?.Contains(key) != true).Order(StringComparer.Ordinal).Select(id => new HouseholdNode(id)).ToList()
                    : [];
                return Pages.Slice(ids, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), "households");
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Collection.CollectorGraphType>>>>("collectors").Allow(FieldAccess.Readers)
            .Description("A project's collectors (a collector sees only themselves); empty for other levels.")
            .ResolveAsync(async c =>
            {
                if (c.Source.Info.Level != OrgLevel.Project)
                {
                    return new List<CollectionGrains.Collection.CollectorProfile>();
                }
                var account = AccessChecks.UserContextOf(c).Caller!.Account;
                var roster = await grains.GetGrain<CollectionGrains.Collection.ICollectionProjectGrain>(c.Source.Info.Id).GetCollectorsAsync();
                return account.Role == CollectionGrains.Access.Role.Collector ? roster.Where(r => r.Username == account.Username).ToList() : roster.ToList();
            });
        Field<Collection.ScheduledCollectionPolicyGraphType>("scheduledCollectionPolicy").Allow(FieldAccess.Readers)
            .Description("A project's collection policy decided for a later day, if any.")
            .ResolveAsync(async c => c.Source.Info.Level == OrgLevel.Project
                ? await grains.GetGrain<CollectionGrains.Collection.ICollectionProjectGrain>(c.Source.Info.Id).GetScheduledPolicyAsync()
                : null);
        Field<ListGraphType<NonNullGraphType<Projects.ChargeItemGraphType>>>("chargeItems").Allow(FieldAccess.Readers)
            .Description("A project's charge items, every version (each from its effectiveFrom); null for other nodes.")
            .ResolveAsync(async c => c.Source.Info.Level == OrgLevel.Project
                ? await grains.GetGrain<CollectionGrains.Billing.IBillingProjectGrain>(c.Source.Info.Id).GetChargeItemsAsync()
                : null);
        Field<ListGraphType<NonNullGraphType<Projects.LateFeePolicyGraphType>>>("lateFeePolicies").Allow(FieldAccess.Readers)
            .Description("A project's late-fee policies over time; null for other nodes.")
            .ResolveAsync(async c => c.Source.Info.Level == OrgLevel.Project
                ? (await grains.GetGrain<CollectionGrains.Billing.IBillingProjectGrain>(c.Source.Info.Id).GetPolicyScheduleAsync()).Versions
                : null);
        Field<Collection.CollectionPolicyGraphType>("collectionPolicy").Allow(FieldAccess.Readers)
            .Description("A project's collection policy; null for other levels.")
            .ResolveAsync(async c => c.Source.Info.Level == OrgLevel.Project
                ? await grains.GetGrain<CollectionGrains.Collection.ICollectionProjectGrain>(c.Source.Info.Id).GetPolicyAsync()
                : null);
        Targets.TargetFields.AddToOrgNode(this, grains);
        Trends.TrendFields.AddToOrgNode(this, grains);
    }
}
