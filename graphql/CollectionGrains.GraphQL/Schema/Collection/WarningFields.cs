using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using GraphQL;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>Warnings (催收预警) in the API: the list of a node, the stream of new and climbing ones, a project's rules.</summary>
internal static class WarningFields
{
    public static void AddQueries(ObjectGraphType query, IGrainFactory grains) =>
        query.Field<NonNullGraphType<WarningConnectionGraphType>>("warnings").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("The warnings at or below a node, latest change first; by status (open when left out).")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<WarningStatusGraphType>("status", a => a.DefaultValue = true)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                Pages.CheckFirst(c.GetArgument<int?>("first"));
                return await grains.GetGrain<IWarningListGrain>(c.GetArgument<string>("nodeId"))
                    .GetAsync(c.GetArgument<bool?>("status"), c.GetArgument<int>("first"), c.GetArgument<string?>("after"));
            });

    public static void AddMutations(ObjectGraphType mutation, IGrainFactory grains) =>
        mutation.Field<NonNullGraphType<WarningRulesGraphType>>("setWarningRules").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("input.projectId")))
            .Description("预警规则: sets a project's warning rules; the cases take them at their next change or the next day.")
            .Argument<NonNullGraphType<SetWarningRulesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var project = grains.GetGrain<ICollectionProjectGrain>(await Outreach.OutreachMutations.ProjectAsync(grains, Text(input, "projectId")));
                var policy = await project.GetPolicyAsync();
                var current = policy.WarningRules;
                int Number(string name, int keep) => (int?)input.GetValueOrDefault(name) ?? keep;
                var rules = new WarningRules(Number("noContactDaysFirstRound", current.NoContactDaysFirstRound), Number("noContactDaysA", current.NoContactDaysA),
                    Number("noContactDaysB", current.NoContactDaysB), Number("noContactDaysC", current.NoContactDaysC), Number("noContactDaysD", current.NoContactDaysD),
                    Number("noContactDaysE", current.NoContactDaysE), Number("visitDaysC", current.VisitDaysC), Number("climbAfterDays", current.ClimbAfterDays));
                return (await project.SetPolicyAsync(policy with { Warnings = rules }, CollectionActors.Of(c))).WarningRules;
            });

    public static void AddSubscriptions(ObjectGraphType subscription, IGrainFactory grains) =>
        subscription.Field<NonNullGraphType<WarningGraphType>>("warningRaised").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("Each warning at or below the node as it is raised or climbs a level, from the moment of subscribing.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .ResolveStream(c => new WarningFeed(grains, c.GetArgument<string>("nodeId")));
}
