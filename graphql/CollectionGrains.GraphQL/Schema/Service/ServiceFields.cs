using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Schema.Collection;
using CollectionGrains.GraphQL.Schema.Outreach;
using CollectionGrains.Service;
using GraphQL;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Service;

/// <summary>Service orders (服务工单) in the API: opening one from a contact, moving it along, the lists.</summary>
internal static class ServiceFields
{
    public static void AddMutations(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<ServiceOrderPayloadType>>("openServiceOrder").Allow(FieldAccess.CollectionWork.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("Opens a service order for an owner's complaint (from a class-E contact or any other); the household's dunning pauses until the owner confirms the fix.")
            .Argument<NonNullGraphType<OpenServiceOrderInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var household = await OutreachMutations.HouseholdAsync(grains, Text(input, "householdId"));
                var photos = (input.GetValueOrDefault("photos") as IEnumerable<object?> ?? []).Select((p, i) => Image(p as string ?? "", $"photos[{i}]")).ToList();
                return await grains.GetGrain<IHouseholdServiceGrain>(household).OpenAsync(new NewServiceOrder((ArrearsReasonCategory)input["category"]!,
                    Text(input, "description", 2000), OptionalText(input, "contactId", 100), photos), CollectionActors.Of(c));
            });
        mutation.Field<NonNullGraphType<ServiceOrderPayloadType>>("updateServiceOrder").Allow(FieldAccess.CollectionWork.InScopeOf(ScopeCheck.ServiceOrder("input.orderId")))
            .Description("Moves a service order: IN_PROGRESS, RESOLVED (the service desk), CONFIRMED by the owner (dunning resumes with a follow-up) or REOPENED (with what is still wrong).")
            .Argument<NonNullGraphType<UpdateServiceOrderInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var orderId = Text(input, "orderId", 120);
                var household = TaskNode.HouseholdOf(orderId) ?? throw Errors.ApiError.NotFound($"service order {orderId} does not exist");
                return await grains.GetGrain<IHouseholdServiceGrain>(household).UpdateAsync(orderId, (ServiceOrderStatus)input["status"]!,
                    OptionalText(input, "note", 1000), CollectionActors.Of(c));
            });
    }

    public static void AddQueries(ObjectGraphType query, IGrainFactory grains) =>
        query.Field<NonNullGraphType<ServiceOrderPageGraphType>>("serviceOrders").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("The service orders at or below a node (the project's service queue), newest first, by status.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<ServiceOrderStatusGraphType>("status")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                Pages.CheckFirst(c.GetArgument<int?>("first"));
                return await grains.GetGrain<IServiceQueueGrain>(c.GetArgument<string>("nodeId"))
                    .GetOrdersAsync(c.GetArgument<ServiceOrderStatus?>("status"), c.GetArgument<int>("first"), c.GetArgument<string?>("after"));
            });
}
