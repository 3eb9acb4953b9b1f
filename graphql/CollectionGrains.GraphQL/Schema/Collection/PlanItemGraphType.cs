using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class PlanItemGraphType : ObjectGraphType<PlanItem>
{
    public PlanItemGraphType()
    {
        Name = "PlanItem";
        Description = "One contact of a day's plan: the household, how, in which window, why, with its legacy issues to read first.";
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
        Field<CollectionTaskGraphType>("task").Allow(FieldAccess.Readers)
            .Resolve(c => c.Source.TaskId is { } id ? new TaskNode(id, c.Source.HouseholdId) : null);
        Field<NonNullGraphType<ContactMethodGraphType>>("method").Allow(FieldAccess.Readers).Resolve(c => c.Source.Action.Method);
        Field<NonNullGraphType<StringGraphType>>("reason").Allow(FieldAccess.Readers).Description("Why, in the users' words.").Resolve(c => c.Source.Why);
        Field<NonNullGraphType<PlanReasonGraphType>>("reasonCode").Allow(FieldAccess.Readers).Resolve(c => c.Source.Action.Reason);
        Field<NonNullGraphType<InstantGraphType>>("dueBy").Allow(FieldAccess.Readers).Description("The end of the contact window.").Resolve(c => c.Source.Action.DueBy);
        Field<NonNullGraphType<InstantGraphType>>("windowStart").Allow(FieldAccess.Readers).Resolve(c => c.Source.Action.WindowStart);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Allow(FieldAccess.Readers).Resolve(c => c.Source.Action.Overdue);
        Field<NonNullGraphType<MoneyGraphType>>("amountOwed").Allow(FieldAccess.Readers).Resolve(c => c.Source.Owed);
        Field<NonNullGraphType<IntGraphType>>("ageDays").Allow(FieldAccess.Readers).Description("Days since the oldest unpaid due date.").Resolve(c => c.Source.AgeDays);
        Field<ContactClassGraphType>("contactClass").Allow(FieldAccess.Readers).Resolve(c => c.Source.Class);
        Field<ScriptGraphType>("script").Allow(FieldAccess.Readers).Description("The suggested script (its latest version).")
            .ResolveAsync(async c => c.Source.ScriptId is { } id ? await ScriptGraphType.FindAsync(c.RequestServices!.GetRequiredService<IGrainFactory>(), c, id, null) : null);
        Field<StringGraphType>("scriptText").Allow(FieldAccess.Readers).Description("The suggested script's wording for this household, its placeholders filled.")
            .ResolveAsync(async c => c.Source.ScriptId is { } id ? await ScriptWording.RenderAsync(c.RequestServices!.GetRequiredService<IGrainFactory>(), c, c.Source, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegacyIssueGraphType>>>>("legacyIssues").Allow(FieldAccess.Readers).Resolve(c => c.Source.LegacyIssues);
        Field<StringGraphType>("collector").Allow(FieldAccess.Readers).Resolve(c => c.Source.Collector);
    }
}
