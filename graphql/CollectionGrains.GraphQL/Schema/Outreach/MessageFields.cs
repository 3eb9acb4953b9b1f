using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Schema.Collection;
using CollectionGrains.Outreach;
using GraphQL;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Outreach;

/// <summary>Messages through the outbox: sending, the owner's opt-outs, a project's outbox.</summary>
internal static class MessageFields
{
    public static void AddMutations(ObjectGraphType mutation, IGrainFactory grains)
    {
        var household = ScopeCheck.Household("input.householdId");
        mutation.Field<NonNullGraphType<MessageGraphType>>("sendMessage").Allow(FieldAccess.CollectionWork.InScopeOf(household))
            .Description("Decides to send a message: written to the outbox now, sent inside the project's contact windows with retries; refused for a household that owes nothing or opted out.")
            .Argument<NonNullGraphType<SendMessageInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await grains.GetGrain<IHouseholdOutreachGrain>(await OutreachMutations.HouseholdAsync(grains, Text(input, "householdId")))
                    .SendMessageAsync(Text(input, "messageId", 100), (MessageChannel)input["channel"]!, input["text"] as string ?? "",
                        input.GetValueOrDefault("reminder") as bool? ?? true, CollectionActors.Of(c));
            });
        mutation.Field<NonNullGraphType<MessageOptOutPayloadType>>("setMessageOptOut").Allow(FieldAccess.CollectionWork.InScopeOf(household))
            .Description("PIPL: records that the owner opted out of a channel (or back in), with who and when; queued messages on it are cancelled, not sent.")
            .Argument<NonNullGraphType<SetMessageOptOutInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var householdId = await OutreachMutations.HouseholdAsync(grains, Text(input, "householdId"));
                return (householdId, await grains.GetGrain<IHouseholdOutreachGrain>(householdId)
                    .SetOptOutAsync((MessageChannel)input["channel"]!, (bool)input["optedOut"]!, CollectionActors.Of(c)));
            });
    }

    public static void AddQueries(ObjectGraphType query, IGrainFactory grains) =>
        query.Field<NonNullGraphType<MessagePageGraphType>>("messages").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("The outbox of the projects at or below a node (of a zone or building: its households' messages), newest decision first, by status.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<MessageStatusGraphType>("status")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int>("first");
                if (first is < 1 or > 500)
                {
                    throw Errors.ApiError.BadInput($"first must be between 1 and 500, got {first}");
                }
                return await grains.GetGrain<IMessageOutboxGrain>(0).ListAsync(c.GetArgument<string>("nodeId"), c.GetArgument<MessageStatus?>("status"), first, c.GetArgument<string?>("after"));
            });
}
