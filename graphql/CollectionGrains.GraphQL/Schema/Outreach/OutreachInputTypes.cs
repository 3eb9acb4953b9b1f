using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

/// <summary>A household named in a mutation's input: revoking its pay links, exporting its evidence pack.</summary>
internal sealed class HouseholdInputType : InputObjectGraphType
{
    public HouseholdInputType()
    {
        Name = "HouseholdInput";
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

internal sealed class RequestLegalStepInputType : InputObjectGraphType
{
    public RequestLegalStepInputType()
    {
        Name = "RequestLegalStepInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<LegalStepGraphType>>("step");
        Field<NonNullGraphType<StringGraphType>>("reason");
        Field<Scalars.CalendarDateGraphType>("deadline").Description("A lawyer's letter's deadline (after today, within 90 days).");
    }
}

internal sealed class DecideLegalStepInputType : InputObjectGraphType
{
    public DecideLegalStepInputType()
    {
        Name = "DecideLegalStepInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field<NonNullGraphType<BooleanGraphType>>("approve");
        Field<StringGraphType>("note");
    }
}

internal sealed class RecordLawsuitInputType : InputObjectGraphType
{
    public RecordLawsuitInputType()
    {
        Name = "RecordLawsuitInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field<NonNullGraphType<StringGraphType>>("caseNumber").Description("案号, e.g. (2026)粤0305民初12345号.");
        Field<NonNullGraphType<StringGraphType>>("court");
        Field<NonNullGraphType<Scalars.CalendarDateGraphType>>("filedOn");
        Field<Scalars.CalendarDateGraphType>("hearingOn");
        Field<Scalars.CalendarDateGraphType>("judgmentOn");
    }
}

internal sealed class RecordNoticeDeliveryInputType : InputObjectGraphType
{
    public RecordNoticeDeliveryInputType()
    {
        Name = "RecordNoticeDeliveryInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<IdGraphType>>("noticeId");
        Field<NonNullGraphType<Scalars.CalendarDateGraphType>>("deliveredOn");
        Field<NonNullGraphType<StringGraphType>>("method").Description("挂号信, EMS, 当面签收, 张贴, 电子送达 …");
        Field<NonNullGraphType<StringGraphType>>("proof").Description("A tracking number, who signed, a photo's reference.");
    }
}

internal sealed class LegalThresholdInputType : InputObjectGraphType
{
    public LegalThresholdInputType()
    {
        Name = "LegalThresholdInput";
        Field<NonNullGraphType<LegalStepGraphType>>("step");
        Field<NonNullGraphType<IntGraphType>>("minAgeDays");
        Field<NonNullGraphType<Scalars.MoneyGraphType>>("minAmount");
        Field<NonNullGraphType<IntGraphType>>("minContacts");
    }
}

internal sealed class SetLegalPolicyInputType : InputObjectGraphType
{
    public SetLegalPolicyInputType()
    {
        Name = "SetLegalPolicyInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalThresholdInputType>>>>("thresholds").Description("Steps left out keep their threshold.");
    }
}
