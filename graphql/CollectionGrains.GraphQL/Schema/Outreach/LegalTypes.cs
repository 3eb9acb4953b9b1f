using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class LegalStepGraphType : EnumerationGraphType
{
    public LegalStepGraphType()
    {
        Name = "LegalStep";
        Description = "The legal ladder, in its order: each step needs the one before it done (a lawyer's letter: a dunning letter issued).";
        Add("LAWYER_LETTER", LegalStep.LawyerLetter, "律师函, with a deadline");
        Add("PUBLIC_NOTICE", LegalStep.PublicNotice, "不记名公示, for one week");
        Add("REPORT_TO_MANAGEMENT", LegalStep.ReportToManagement, "报总经理: listed among the large debtors");
        Add("LAWSUIT", LegalStep.Lawsuit, "起诉: case number, court and dates recorded");
    }
}

internal sealed class LegalStepStatusGraphType : EnumerationGraphType
{
    public LegalStepStatusGraphType()
    {
        Name = "LegalStepStatus";
        Add("REQUESTED", LegalStepStatus.Requested, "waiting for the project manager");
        Add("APPROVED", LegalStepStatus.Approved, "approved, not yet done (a lawsuit until it is recorded)");
        Add("REJECTED", LegalStepStatus.Rejected, "rejected by the project manager");
        Add("DONE", LegalStepStatus.Done, "done: the letter or notice issued, the report made, the lawsuit recorded");
    }
}

internal sealed class LawsuitGraphType : ObjectGraphType<LawsuitRecord>
{
    public LawsuitGraphType()
    {
        Name = "Lawsuit";
        Field<NonNullGraphType<StringGraphType>>("caseNumber").Allow(FieldAccess.Readers).Description("案号.").Resolve(c => c.Source.CaseNumber);
        Field<NonNullGraphType<StringGraphType>>("court").Allow(FieldAccess.Readers).Resolve(c => c.Source.Court);
        Field<NonNullGraphType<CalendarDateGraphType>>("filedOn").Allow(FieldAccess.Readers).Resolve(c => c.Source.FiledOn);
        Field<CalendarDateGraphType>("hearingOn").Allow(FieldAccess.Readers).Resolve(c => c.Source.HearingOn);
        Field<CalendarDateGraphType>("judgmentOn").Allow(FieldAccess.Readers).Resolve(c => c.Source.JudgmentOn);
    }
}

internal sealed class LegalStepRequestGraphType : ObjectGraphType<LegalStepRequest>
{
    public LegalStepRequestGraphType(IGrainFactory grains)
    {
        Name = "LegalStepRequest";
        Description = "A request to take a household up the legal ladder, the project manager's decision, and what was done.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.RequestId);
        Field<NonNullGraphType<LegalStepGraphType>>("step").Allow(FieldAccess.Readers).Resolve(c => c.Source.Step);
        Field<NonNullGraphType<LegalStepStatusGraphType>>("status").Allow(FieldAccess.Readers).Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("reason").Allow(FieldAccess.Readers).Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("requestedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.RequestedBy);
        Field<NonNullGraphType<InstantGraphType>>("requestedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.RequestedAt);
        Field<CalendarDateGraphType>("deadline").Allow(FieldAccess.Readers).Description("A lawyer's letter's deadline.").Resolve(c => c.Source.Deadline);
        Field<StringGraphType>("decidedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.DecidedBy);
        Field<InstantGraphType>("decidedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.DecidedAt);
        Field<StringGraphType>("note").Allow(FieldAccess.Readers).Resolve(c => c.Source.DecisionNote);
        Field<NoticeGraphType>("notice").Allow(FieldAccess.Readers).Description("The lawyer's letter or public notice issued on approval.")
            .ResolveAsync(async c => c.Source.NoticeId is { } id
                ? (await grains.GetGrain<IHouseholdOutreachGrain>(c.Source.HouseholdId).GetNoticesAsync()).FirstOrDefault(n => n.NoticeId == id)
                : null);
        Field<CalendarDateGraphType>("postedUntil").Allow(FieldAccess.Readers).Description("A public notice stays up one week, to this day; then it is withdrawn.").Resolve(c => c.Source.PostedUntil);
        Field<LawsuitGraphType>("lawsuit").Allow(FieldAccess.Readers).Resolve(c => c.Source.Lawsuit);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
    }
}

internal sealed class LegalStepPayloadType : ObjectGraphType<LegalStepRequest>
{
    public LegalStepPayloadType()
    {
        Name = "LegalStepPayload";
        Field<NonNullGraphType<LegalStepRequestGraphType>>("request").Allow(FieldAccess.Readers).Resolve(c => c.Source);
    }
}

internal sealed class LegalThresholdGraphType : ObjectGraphType<LegalThreshold>
{
    public LegalThresholdGraphType()
    {
        Name = "LegalThreshold";
        Description = "When a household becomes eligible for a legal step: arrears this old and this large, after this many calls, messages or visits.";
        Field<NonNullGraphType<LegalStepGraphType>>("step").Allow(FieldAccess.Readers).Resolve(c => c.Source.Step);
        Field<NonNullGraphType<IntGraphType>>("minAgeDays").Allow(FieldAccess.Readers).Resolve(c => c.Source.MinAgeDays);
        Field<NonNullGraphType<MoneyGraphType>>("minAmount").Allow(FieldAccess.Readers).Resolve(c => c.Source.MinAmount);
        Field<NonNullGraphType<IntGraphType>>("minContacts").Allow(FieldAccess.Readers).Resolve(c => c.Source.MinContacts);
    }
}
