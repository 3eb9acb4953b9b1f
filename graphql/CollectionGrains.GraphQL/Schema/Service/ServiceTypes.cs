using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Kernel;
using CollectionGrains.Service;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Service;

internal sealed class ServiceCategoryGraphType : EnumerationGraphType
{
    public ServiceCategoryGraphType()
    {
        Name = "ServiceCategory";
        Description = "The category of an arrears reason a service order answers.";
        Add("BASIC_SERVICE", ArrearsReasonCategory.BasicService, "基础服务类: cleaning, security, repairs, greenery (3 days).");
        Add("VALUE_ADDED_SERVICE", ArrearsReasonCategory.ValueAddedService, "增值服务类 (7 days).");
        Add("DEVELOPER", ArrearsReasonCategory.Developer, "地产类: defects of the building, the developer (30 days).");
        Add("OTHER", ArrearsReasonCategory.Other, "其他 (7 days).");
    }
}

internal sealed class ServiceOrderStatusGraphType : EnumerationGraphType<ServiceOrderStatus>
{
    public ServiceOrderStatusGraphType() => Name = "ServiceOrderStatus";
}

internal sealed class ServiceOrderGraphType : ObjectGraphType<ServiceOrder>
{
    public ServiceOrderGraphType(BusinessClock clock)
    {
        Name = "ServiceOrder";
        Description = "服务工单: an owner's complaint as work for the project's service desk; dunning pauses until the owner confirms the fix.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.OrderId);
        Field<NonNullGraphType<ServiceOrderStatusGraphType>>("status").Allow(FieldAccess.Readers).Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ServiceCategoryGraphType>>("category").Allow(FieldAccess.Readers).Resolve(c => c.Source.Category);
        Field<NonNullGraphType<StringGraphType>>("description").Allow(FieldAccess.Readers).Resolve(c => c.Source.Description);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
        Field<IdGraphType>("contactId").Allow(FieldAccess.Readers).Description("The contact it was opened from.").Resolve(c => c.Source.ContactId);
        Field<NonNullGraphType<IntGraphType>>("photos").Allow(FieldAccess.Readers).Description("How many photos came with it.").Resolve(c => c.Source.Photos.Count);
        Field<NonNullGraphType<CalendarDateGraphType>>("deadline").Allow(FieldAccess.Readers).Resolve(c => c.Source.Deadline);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Allow(FieldAccess.Readers).Description("Not resolved by its deadline.").Resolve(c => c.Source.IsOverdue(clock.Today));
        Field<NonNullGraphType<StringGraphType>>("openedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.OpenedBy);
        Field<NonNullGraphType<InstantGraphType>>("openedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.OpenedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceOrderEventGraphType>>>>("events").Allow(FieldAccess.Readers).Resolve(c => c.Source.Events);
    }
}

internal sealed class ServiceOrderEventGraphType : ObjectGraphType<ServiceOrderEvent>
{
    public ServiceOrderEventGraphType()
    {
        Name = "ServiceOrderEvent";
        Field<NonNullGraphType<InstantGraphType>>("at").Allow(FieldAccess.Readers).Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("by").Allow(FieldAccess.Readers).Resolve(c => c.Source.By);
        Field<ServiceOrderStatusGraphType>("from").Allow(FieldAccess.Readers).Resolve(c => c.Source.From);
        Field<NonNullGraphType<ServiceOrderStatusGraphType>>("to").Allow(FieldAccess.Readers).Resolve(c => c.Source.To);
        Field<StringGraphType>("note").Allow(FieldAccess.Readers).Resolve(c => c.Source.Note);
    }
}

internal sealed class ServiceOrderPayloadType : ObjectGraphType<ServiceOrder>
{
    public ServiceOrderPayloadType()
    {
        Name = "ServiceOrderPayload";
        Field<NonNullGraphType<ServiceOrderGraphType>>("order").Allow(FieldAccess.Readers).Resolve(c => c.Source);
    }
}

internal sealed class ServiceOrderPageGraphType : ObjectGraphType<ServiceOrderPage>
{
    public ServiceOrderPageGraphType()
    {
        Name = "ServiceOrderPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceOrderGraphType>>>>("orders").Allow(FieldAccess.Readers).Resolve(c => c.Source.Orders);
        Field<StringGraphType>("endCursor").Allow(FieldAccess.Readers).Resolve(c => c.Source.Next);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Allow(FieldAccess.Readers).Resolve(c => c.Source.Next is not null);
    }
}

internal sealed class OpenServiceOrderInputType : InputObjectGraphType
{
    public OpenServiceOrderInputType()
    {
        Name = "OpenServiceOrderInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<ServiceCategoryGraphType>>("category");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What is wrong, as the owner said it.");
        Field<IdGraphType>("contactId").Description("The contact it comes from (class E or a complaint); opened again from it, the first order is returned.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("photos").Description("Up to 6 photos, JPEG or PNG as base64 (data: URLs accepted), 5 MiB each.");
    }
}

internal sealed class UpdateServiceOrderInputType : InputObjectGraphType
{
    public UpdateServiceOrderInputType()
    {
        Name = "UpdateServiceOrderInput";
        Field<NonNullGraphType<IdGraphType>>("orderId");
        Field<NonNullGraphType<ServiceOrderStatusGraphType>>("status");
        Field<StringGraphType>("note").Description("What was done; required to reopen (what is still wrong).");
    }
}
