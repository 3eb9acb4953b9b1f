using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.Outreach;
using GraphQL;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Outreach;

/// <summary>A project's outreach settings: its service centre (物业服务中心) that notices name, its automatic reminders.</summary>
internal static class ProjectOutreachFields
{
    public static void AddMutations(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<ServiceCentreGraphType>>("setServiceCentre")
            .Allow(FieldAccess.For(Role.GroupAdmin, Role.ProjectManager).InScopeOf(ScopeCheck.Node("input.projectId")))
            .Description("Sets the service centre's phone and address that the project's notices and letters give owners.")
            .Argument<NonNullGraphType<SetServiceCentreInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await grains.GetGrain<IOutreachProjectGrain>(await OutreachMutations.ProjectAsync(grains, Text(input, "projectId")))
                    .SetServiceCentreAsync(new ServiceCentre(input["phone"] as string ?? "", input["address"] as string ?? ""));
            });
        mutation.Field<NonNullGraphType<AutomaticRemindersPayloadType>>("setAutomaticReminders")
            .Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("input.projectId")))
            .Description("自动提醒: the system sends the day's promise reminders (A) and remote-payment links (D) of the plan by itself, inside the contact windows; on: the first round is decided at once.")
            .Argument<NonNullGraphType<SetAutomaticRemindersInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await grains.GetGrain<IOutreachProjectGrain>(await OutreachMutations.ProjectAsync(grains, Text(input, "projectId")))
                    .SetAutomaticRemindersAsync(new AutomaticReminders((bool)input["promiseReminders"]!, (bool)input["remotePaymentLinks"]!));
            });
    }

    public static void AddQueries(ObjectGraphType query, IGrainFactory grains)
    {
        query.Field<ServiceCentreGraphType>("serviceCentre")
            .Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("projectId")))
            .Description("The project's service centre as its notices give it; null until set.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .ResolveAsync(async c => await grains.GetGrain<IOutreachProjectGrain>(await OutreachMutations.ProjectAsync(grains, c.GetArgument<string>("projectId"))).GetServiceCentreAsync());
        query.Field<NonNullGraphType<AutomaticRemindersGraphType>>("automaticReminders")
            .Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("projectId")))
            .Description("What the system sends by itself for the project.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .ResolveAsync(async c => await grains.GetGrain<IOutreachProjectGrain>(await OutreachMutations.ProjectAsync(grains, c.GetArgument<string>("projectId"))).GetAutomaticRemindersAsync());
    }
}
