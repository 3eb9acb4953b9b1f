using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class RecordContactPayloadType : ObjectGraphType<ContactReceipt>
{
    public RecordContactPayloadType()
    {
        Name = "RecordContactPayload";
        Field<NonNullGraphType<ContactGraphType>>("contact").Allow(FieldAccess.Readers).Resolve(c => c.Source.Contact);
        Field<NonNullGraphType<BooleanGraphType>>("appliedNow").Allow(FieldAccess.Readers)
            .Description("True when this call recorded the contact; false when the same contactId was recorded before (the first result is returned).")
            .Resolve(c => c.Source.AppliedNow);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
    }
}

internal sealed class TaskPayloadType : ObjectGraphType<TaskNode>
{
    public TaskPayloadType()
    {
        Name = "TaskPayload";
        Field<NonNullGraphType<CollectionTaskGraphType>>("task").Allow(FieldAccess.Readers).Resolve(c => c.Source);
    }
}

internal sealed record AssignResult(int Moved, CollectorProfile? Collector);

internal sealed class AssignHouseholdsPayloadType : ObjectGraphType<AssignResult>
{
    public AssignHouseholdsPayloadType()
    {
        Name = "AssignHouseholdsPayload";
        Field<NonNullGraphType<IntGraphType>>("moved").Allow(FieldAccess.Readers).Description("Households that changed hands (those held already are not counted).").Resolve(c => c.Source.Moved);
        Field<CollectorGraphType>("collector").Allow(FieldAccess.Readers).Resolve(c => c.Source.Collector);
    }
}

/// <summary>A policy set now (no effectiveFrom) or decided for a later day.</summary>
internal abstract class DatedCollectionPolicyGraphType : ObjectGraphType<ScheduledCollectionPolicy>
{
    protected DatedCollectionPolicyGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<CollectionPolicyGraphType>>("policy").Allow(FieldAccess.Readers).Resolve(c => c.Source.Policy);
        Field<CalendarDateGraphType>("effectiveFrom").Allow(FieldAccess.Readers).Description("The day it applies from; null when it applies now.")
            .Resolve(c => c.Source.EffectiveFrom == default ? null : c.Source.EffectiveFrom);
    }
}

internal sealed class CollectionPolicyPayloadType() : DatedCollectionPolicyGraphType("CollectionPolicyPayload");

internal sealed class ScheduledCollectionPolicyGraphType() : DatedCollectionPolicyGraphType("ScheduledCollectionPolicy");

internal sealed class EvenSplitPayloadType : ObjectGraphType<EvenSplitProposal>
{
    public EvenSplitPayloadType()
    {
        Name = "EvenSplitPayload";
        Field<NonNullGraphType<StringGraphType>>("proposalId").Allow(FieldAccess.Readers).Resolve(c => c.Source.ProposalId);
        Field<NonNullGraphType<BooleanGraphType>>("applied").Allow(FieldAccess.Readers).Resolve(c => c.Source.Applied);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffShareGraphType>>>>("shares").Allow(FieldAccess.Readers).Resolve(c => c.Source.Shares);
    }
}

internal sealed class StaffShareGraphType : ObjectGraphType<StaffShare>
{
    public StaffShareGraphType()
    {
        Name = "StaffShare";
        Field<NonNullGraphType<StringGraphType>>("collector").Allow(FieldAccess.Readers).Resolve(c => c.Source.Username);
        Field<NonNullGraphType<IntGraphType>>("households").Allow(FieldAccess.Readers).Resolve(c => c.Source.HouseholdIds.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("householdIds").Allow(FieldAccess.Readers).Resolve(c => c.Source.HouseholdIds);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Allow(FieldAccess.Readers).Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<DecimalGraphType>>("difficulty").Allow(FieldAccess.Readers).Description("Amount against the pool's average, plus age and class weights.").Resolve(c => c.Source.Difficulty);
    }
}

internal sealed record LegacyIssueResult(string HouseholdId, LegacyIssue Issue);

internal sealed class LegacyIssuePayloadType : ObjectGraphType<LegacyIssueResult>
{
    public LegacyIssuePayloadType()
    {
        Name = "LegacyIssuePayload";
        Field<NonNullGraphType<LegacyIssueGraphType>>("legacyIssue").Allow(FieldAccess.Readers).Resolve(c => c.Source.Issue);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
    }
}

internal sealed class ScriptPayloadType : ObjectGraphType<CollectionScript>
{
    public ScriptPayloadType()
    {
        Name = "ScriptPayload";
        Field<NonNullGraphType<ScriptGraphType>>("script").Allow(FieldAccess.Readers).Resolve(c => c.Source);
    }
}
