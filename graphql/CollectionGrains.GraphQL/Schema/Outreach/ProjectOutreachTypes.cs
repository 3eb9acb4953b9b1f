using CollectionGrains.GraphQL.Access;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class ServiceCentreGraphType : ObjectGraphType<ServiceCentre>
{
    public ServiceCentreGraphType()
    {
        Name = "ServiceCentre";
        Field<NonNullGraphType<StringGraphType>>("phone").Allow(FieldAccess.Readers).Resolve(c => c.Source.Phone);
        Field<NonNullGraphType<StringGraphType>>("address").Allow(FieldAccess.Readers).Resolve(c => c.Source.Address);
    }
}

internal sealed class SetServiceCentreInputType : InputObjectGraphType
{
    public SetServiceCentreInputType()
    {
        Name = "SetServiceCentreInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<StringGraphType>>("phone").Description("5 to 30 digits, spaces and - + ( ) 转, e.g. 0755-8600 0001.");
        Field<NonNullGraphType<StringGraphType>>("address").Description("Up to 200 characters.");
    }
}

internal sealed class AutomaticRemindersGraphType : ObjectGraphType<AutomaticReminders>
{
    public AutomaticRemindersGraphType()
    {
        Name = "AutomaticReminders";
        Field<NonNullGraphType<BooleanGraphType>>("promiseReminders").Allow(FieldAccess.Readers).Description("A: the day before the promised date.").Resolve(c => c.Source.PromiseReminders);
        Field<NonNullGraphType<BooleanGraphType>>("remotePaymentLinks").Allow(FieldAccess.Readers).Description("D: every day, with the pay link.").Resolve(c => c.Source.RemotePaymentLinks);
    }
}

internal sealed class AutomaticRemindersPayloadType : ObjectGraphType<(AutomaticReminders Reminders, int Decided)>
{
    public AutomaticRemindersPayloadType()
    {
        Name = "AutomaticRemindersPayload";
        Field<NonNullGraphType<AutomaticRemindersGraphType>>("reminders").Allow(FieldAccess.Readers).Resolve(c => c.Source.Reminders);
        Field<NonNullGraphType<IntGraphType>>("decidedNow").Allow(FieldAccess.Readers).Description("Messages decided by this first round (each goes out inside the contact windows).").Resolve(c => c.Source.Decided);
    }
}

internal sealed class SetAutomaticRemindersInputType : InputObjectGraphType
{
    public SetAutomaticRemindersInputType()
    {
        Name = "SetAutomaticRemindersInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<BooleanGraphType>>("promiseReminders");
        Field<NonNullGraphType<BooleanGraphType>>("remotePaymentLinks");
    }
}
