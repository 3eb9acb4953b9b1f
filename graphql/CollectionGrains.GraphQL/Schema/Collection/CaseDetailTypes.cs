using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class PromiseGraphType : ObjectGraphType<Promise>
{
    public PromiseGraphType()
    {
        Name = "Promise";
        Description = "A promise to pay (class A): kept when the amount is paid by the date, broken the day after otherwise.";
        Field<NonNullGraphType<CalendarDateGraphType>>("date").Allow(FieldAccess.Readers).Resolve(c => c.Source.Date);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Allow(FieldAccess.Readers).Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<PromiseStateGraphType>>("state").Allow(FieldAccess.Readers).Resolve(c => c.Source.State);
        Field<NonNullGraphType<InstantGraphType>>("madeAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.MadeAt);
        Field<NonNullGraphType<StringGraphType>>("collector").Allow(FieldAccess.Readers).Resolve(c => c.Source.Collector);
        Field<NonNullGraphType<MoneyGraphType>>("paidTowards").Allow(FieldAccess.Readers).Description("Paid since the promise was made.").Resolve(c => c.Source.PaidTowards);
        Field<CalendarDateGraphType>("decidedOn").Allow(FieldAccess.Readers).Resolve(c => c.Source.DecidedOn);
    }
}

internal sealed class ArrearsReasonGraphType : ObjectGraphType<ArrearsReason>
{
    public ArrearsReasonGraphType()
    {
        Name = "ArrearsReason";
        Field<NonNullGraphType<ArrearsReasonCategoryGraphType>>("category").Allow(FieldAccess.Readers).Resolve(c => c.Source.Category);
        Field<StringGraphType>("text").Allow(FieldAccess.Readers).Resolve(c => c.Source.Text);
    }
}

internal sealed class LegacyIssueGraphType : ObjectGraphType<LegacyIssue>
{
    public LegacyIssueGraphType()
    {
        Name = "LegacyIssue";
        Description = "历史遗留问题: read it before any contact.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.IssueId);
        Field<NonNullGraphType<StringGraphType>>("category").Allow(FieldAccess.Readers).Resolve(c => c.Source.Category);
        Field<NonNullGraphType<StringGraphType>>("text").Allow(FieldAccess.Readers).Resolve(c => c.Source.Text);
        Field<NonNullGraphType<CalendarDateGraphType>>("recordedOn").Allow(FieldAccess.Readers).Resolve(c => c.Source.RecordedOn);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.RecordedBy);
        Field<NonNullGraphType<BooleanGraphType>>("resolved").Allow(FieldAccess.Readers).Resolve(c => c.Source.Resolved);
        Field<CalendarDateGraphType>("resolvedOn").Allow(FieldAccess.Readers).Resolve(c => c.Source.ResolvedOn);
    }
}

internal sealed class ContactGraphType : ObjectGraphType<ContactRecord>
{
    public ContactGraphType(IGrainFactory grains)
    {
        Name = "Contact";
        Description = "催收记录: one contact, with what the system filled in (amount owed then, collector, outside the windows).";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.ContactId);
        Field<NonNullGraphType<ContactMethodGraphType>>("method").Allow(FieldAccess.Readers).Resolve(c => c.Source.Request.Method);
        Field<StringGraphType>("channel").Allow(FieldAccess.Readers).Resolve(c => c.Source.Request.Channel);
        Field<NonNullGraphType<ContactClassGraphType>>("outcome").Allow(FieldAccess.Readers).Resolve(c => c.Source.Request.Outcome);
        Field<NonNullGraphType<BooleanGraphType>>("answered").Allow(FieldAccess.Readers).Resolve(c => c.Source.Request.Answered);
        Field<CalendarDateGraphType>("promisedDate").Allow(FieldAccess.Readers).Resolve(c => c.Source.Request.PromisedDate);
        Field<MoneyGraphType>("promisedAmount").Allow(FieldAccess.Readers).Resolve(c => c.Source.Request.PromisedAmount);
        Field<ArrearsReasonGraphType>("reason").Allow(FieldAccess.Readers).Resolve(c => c.Source.Request.Reason);
        Field<StringGraphType>("notes").Allow(FieldAccess.Readers).Resolve(c => c.Source.Request.Notes);
        Field<NonNullGraphType<InstantGraphType>>("at").Allow(FieldAccess.Readers).Resolve(c => c.Source.At);
        Field<NonNullGraphType<MoneyGraphType>>("amountOwed").Allow(FieldAccess.Readers).Description("What the household owed when the contact was recorded.").Resolve(c => c.Source.AmountOwed);
        Field<NonNullGraphType<BooleanGraphType>>("outsideWindow").Allow(FieldAccess.Readers)
            .Description("Made outside the project's contact windows: kept, and counted against the collector.").Resolve(c => c.Source.OutsideWindow);
        Field<NonNullGraphType<StringGraphType>>("collector").Allow(FieldAccess.Readers).Resolve(c => c.Source.Collector);
        Field<IdGraphType>("taskId").Allow(FieldAccess.Readers).Resolve(c => c.Source.TaskId);
        Field<ScriptGraphType>("script").Allow(FieldAccess.Readers).Description("The script and version used.").ResolveAsync(async c =>
            c.Source.Request.ScriptId is { } id ? await ScriptGraphType.FindAsync(grains, c, id, c.Source.ScriptVersion) : null);
        Field<StringGraphType>("capsOverriddenBy").Allow(FieldAccess.Readers).Description("The supervisor who allowed it above the caps.").Resolve(c => c.Source.CapsOverriddenBy);
        Field<NonNullGraphType<InstantGraphType>>("recordedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.RecordedAt);
        Field<VisitCheckGraphType>("visitCheck").Allow(FieldAccess.Readers).Description("For a visit: the checks of its evidence and its review.").Resolve(c => c.Source.VisitCheck);
    }
}
