using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class RevokePayLinksInputType : InputObjectGraphType
{
    public RevokePayLinksInputType()
    {
        Name = "RevokePayLinksInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
    }
}

internal sealed class IssueNoticeInputType : InputObjectGraphType
{
    public IssueNoticeInputType()
    {
        Name = "IssueNoticeInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<NoticeKindGraphType>>("kind");
        Field<Scalars.CalendarDateGraphType>("deadline").Description("The date the owner is asked to pay by (after today, within 90 days); a lawyer's letter needs one.");
        Field<IdGraphType>("noticeId").Description("Chosen by the client to make a retry safe; made by the server when left out.");
    }
}

internal sealed class SetNoticeTemplateInputType : InputObjectGraphType
{
    public SetNoticeTemplateInputType()
    {
        Name = "SetNoticeTemplateInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<NonNullGraphType<NoticeKindGraphType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("body").Description("A Liquid template of the notice markup (see NoticeTemplate.body).");
    }
}

internal sealed class IssueNoticesInputType : InputObjectGraphType
{
    public IssueNoticesInputType()
    {
        Name = "IssueNoticesInput";
        Field<NonNullGraphType<IdGraphType>>("nodeId").Description("A project, zone or building (or any node): every household in arrears below it.");
        Field<NonNullGraphType<NoticeKindGraphType>>("kind");
        Field<Scalars.CalendarDateGraphType>("deadline");
        Field<IdGraphType>("batchId").Description("Chosen by the client to make a retry safe; made by the server when left out.");
    }
}
