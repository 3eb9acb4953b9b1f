using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Targets;

/// <summary>催收目标: a node's and a collector's target with progress and forecast, setting and cascading, adjusting shares, the history, and a live feed.</summary>
internal static class TargetFields
{
    private static readonly FieldAccess Managers = FieldAccess.For(Role.GroupAdmin, Role.RegionManager, Role.BranchManager, Role.ProjectManager);

    public static void AddToOrgNode(ObjectGraphType<OrgNodeView> node, IGrainFactory grains)
    {
        node.Field<TargetGraphType>("target").Allow(FieldAccess.Readers)
            .Description("The node's target for a month with live progress and forecast; null without one.")
            .Argument<NonNullGraphType<PeriodGraphType>>("period")
            .ResolveAsync(async c => await grains.GetGrain<IOrgNodeGrain>(c.Source.Info.Id).GetTargetAsync(c.GetArgument<Period>("period")));
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetChangeGraphType>>>>("targetHistory").Allow(FieldAccess.Readers)
            .Description("Every change of the node's target for a month, oldest first.")
            .Argument<NonNullGraphType<PeriodGraphType>>("period")
            .ResolveAsync(async c => await grains.GetGrain<IOrgNodeGrain>(c.Source.Info.Id).GetTargetHistoryAsync(c.GetArgument<Period>("period")));
    }

    public static void AddToCollector(ObjectGraphType<CollectionGrains.Collection.CollectorProfile> collector, IGrainFactory grains) =>
        collector.Field<TargetGraphType>("target").Allow(FieldAccess.Readers)
            .Description("The collector's share of the project's target for a month (by the receivable and opening arrears of the buildings they hold), against those buildings' figures.")
            .Argument<NonNullGraphType<PeriodGraphType>>("period")
            .ResolveAsync(async c => await grains.GetGrain<CollectionGrains.Collection.ICollectionProjectGrain>(c.Source.ProjectId)
                .GetCollectorTargetAsync(c.Source.Username, c.GetArgument<Period>("period")));

    public static void AddMutations(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<TargetGraphType>>("setTarget").Allow(Managers.InScopeOf(ScopeCheck.Node("input.nodeId")))
            .Description("Sets a node's target for this month or a later one; with cascade, every node below gets its share in proportion (receivable, opening arrears), to the cent. A node whose parent has a target changes only through the parent (adjustTargets).")
            .Argument<NonNullGraphType<SetTargetInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var node = grains.GetGrain<IOrgNodeGrain>(Text(input, "nodeId"));
                var period = (Period)input["period"]!;
                await node.SetTargetAsync(new TargetRequest(period, (decimal?)input.GetValueOrDefault("collectionRate"), (decimal?)input.GetValueOrDefault("recoveryAmount"),
                    (bool?)input.GetValueOrDefault("cascade") ?? true, Collection.CollectionActors.Of(c).Username));
                return await node.GetTargetAsync(period);
            });
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGraphType>>>>("adjustTargets").Allow(Managers.InScopeOf(ScopeCheck.Node("input.parentId")))
            .Description("Changes children's shares of a node's target by hand; refused unless all the children's shares still add up to the node's target to the cent. Each changed child cascades its new share below it.")
            .Argument<NonNullGraphType<AdjustTargetsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var period = (Period)input["period"]!;
                var shares = ((IEnumerable<object?>)input["shares"]!).Cast<Dictionary<string, object?>>()
                    .Select(s => new TargetShare(Text(s, "nodeId"), (decimal?)s.GetValueOrDefault("collectionAmount"), (decimal?)s.GetValueOrDefault("recoveryAmount"))).ToList();
                var adjusted = await grains.GetGrain<IOrgNodeGrain>(Text(input, "parentId")).AdjustTargetsAsync(period, shares, Collection.CollectionActors.Of(c).Username);
                return await Task.WhenAll(adjusted.Select((_, i) => grains.GetGrain<IOrgNodeGrain>(shares[i].NodeId).GetTargetAsync(period)));
            });
    }

    public static void AddSubscriptions(ObjectGraphType subscription, IGrainFactory grains) =>
        subscription.Field<TargetGraphType>("targetProgress").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("A node's target for a month with its progress now, then again on every change of the node's totals.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<NonNullGraphType<PeriodGraphType>>("period")
            .ResolveStream(c => new TargetFeed(grains, c.GetArgument<string>("nodeId"), c.GetArgument<Period>("period")));
}

internal sealed class SetTargetInputType : InputObjectGraphType
{
    public SetTargetInputType()
    {
        Name = "SetTargetInput";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
        Field<NonNullGraphType<PeriodGraphType>>("period");
        Field<DecimalGraphType>("collectionRate").Description("收缴率 of the month's bills to reach, above 0 and at most 1.");
        Field<MoneyGraphType>("recoveryAmount").Description("清欠: opening arrears to recover from 1 January to the month's end.");
        Field<BooleanGraphType>("cascade").Description("Give every node below its share in proportion (default true).");
    }
}

internal sealed class AdjustTargetsInputType : InputObjectGraphType
{
    public AdjustTargetsInputType()
    {
        Name = "AdjustTargetsInput";
        Field<NonNullGraphType<IdGraphType>>("parentId");
        Field<NonNullGraphType<PeriodGraphType>>("period");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetShareInputType>>>>("shares");
    }
}

internal sealed class TargetShareInputType : InputObjectGraphType
{
    public TargetShareInputType()
    {
        Name = "TargetShareInput";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
        Field<MoneyGraphType>("collectionAmount");
        Field<MoneyGraphType>("recoveryAmount");
    }
}
