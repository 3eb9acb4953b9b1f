using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class CollectionTaskGraphType : ObjectGraphType<TaskNode>
{
    public CollectionTaskGraphType(IGrainFactory grains)
    {
        Name = "CollectionTask";
        Description = "催收任务 / 工单: collecting one household's arrears, from falling into arrears until nothing is left to pay.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.TaskId);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
        Field<NonNullGraphType<TaskStatusGraphType>>("status").Allow(FieldAccess.Readers)
            .ResolveAsync(async c => c.Source.Summary?.TaskStatus ?? (await TaskAsync(grains, c)).Status);
        Field<CollectorGraphType>("collector").Allow(FieldAccess.Readers).ResolveAsync(async c =>
        {
            var username = c.Source.Summary is { } summary ? summary.Collector : (await TaskAsync(grains, c)).Collector;
            return username is null ? null : await grains.GetGrain<ICollectorGrain>(username).GetProfileAsync();
        });
        Field<NonNullGraphType<InstantGraphType>>("openedAt").Allow(FieldAccess.Readers)
            .ResolveAsync(async c => c.Source.Summary?.TaskOpenedAt ?? (await TaskAsync(grains, c)).OpenedAt);
        Field<InstantGraphType>("closedAt").Allow(FieldAccess.Readers).ResolveAsync(async c => (await TaskAsync(grains, c)).ClosedAt);
        Field<TaskCloseReasonGraphType>("closeReason").Allow(FieldAccess.Readers).ResolveAsync(async c => (await TaskAsync(grains, c)).CloseReason);
        Field<StringGraphType>("closeNote").Allow(FieldAccess.Readers).ResolveAsync(async c => (await TaskAsync(grains, c)).CloseNote);
        Field<MoneyGraphType>("amountOwed").Allow(FieldAccess.Readers).Description("What the household owes, as its ledger last told the case.")
            .ResolveAsync(async c => c.Source.Summary?.Owed ?? (await Case(grains, c).GetAsync()).Owed);
        Field<ContactClassGraphType>("contactClass").Allow(FieldAccess.Readers)
            .ResolveAsync(async c => c.Source.Summary is { } s ? (s.HasOpenTask ? s.Class : null) : (await Case(grains, c).GetAsync()).Class);
        Field<NonNullGraphType<BooleanGraphType>>("paused").Allow(FieldAccess.Readers)
            .Description("Dunning paused while a service order is open (the household's collection.pauseReason says which).")
            .ResolveAsync(async c => c.Source.Summary?.Paused ?? (await Case(grains, c).GetAsync()).Paused);
        Field<NextActionGraphType>("nextAction").Allow(FieldAccess.Readers).Description("The next contact the procedure asks for (none once closed).")
            .ResolveAsync(async c => await Case(grains, c).GetAsync() is { Task: { } current } @case && current.TaskId == c.Source.TaskId ? @case.NextAction : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegacyIssueGraphType>>>>("legacyIssues").Allow(FieldAccess.Readers)
            .Description("The household's unresolved legacy issues (历史遗留问题): read them before any contact.")
            .ResolveAsync(async c => c.Source.Summary?.OpenLegacyIssues ?? (await Case(grains, c).GetAsync()).LegacyIssues.Where(i => !i.Resolved).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskEventGraphType>>>>("events").Allow(FieldAccess.Readers)
            .Description("Every change: who, when, from what to what, why.").ResolveAsync(async c => (await TaskAsync(grains, c)).Events);
    }

    private static IHouseholdCaseGrain Case(IGrainFactory grains, IResolveFieldContext<TaskNode> context) =>
        grains.GetGrain<IHouseholdCaseGrain>(context.Source.HouseholdId);

    private static async Task<CollectionTask> TaskAsync(IGrainFactory grains, IResolveFieldContext<TaskNode> context) =>
        context.Source.Task ?? await Case(grains, context).GetTaskAsync(context.Source.TaskId)
        ?? throw Errors.ApiError.NotFound($"task {context.Source.TaskId} does not exist");
}

internal sealed class TaskEventGraphType : ObjectGraphType<TaskEvent>
{
    public TaskEventGraphType()
    {
        Name = "TaskEvent";
        Field<NonNullGraphType<InstantGraphType>>("at").Allow(FieldAccess.Readers).Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("by").Allow(FieldAccess.Readers).Resolve(c => c.Source.By);
        Field<TaskStatusGraphType>("from").Allow(FieldAccess.Readers).Resolve(c => c.Source.From);
        Field<NonNullGraphType<TaskStatusGraphType>>("to").Allow(FieldAccess.Readers).Resolve(c => c.Source.To);
        Field<StringGraphType>("fromCollector").Allow(FieldAccess.Readers).Resolve(c => c.Source.FromCollector);
        Field<StringGraphType>("toCollector").Allow(FieldAccess.Readers).Resolve(c => c.Source.ToCollector);
        Field<StringGraphType>("reason").Allow(FieldAccess.Readers).Resolve(c => c.Source.Reason);
    }
}

internal sealed class NextActionGraphType : ObjectGraphType<PlannedAction>
{
    public NextActionGraphType()
    {
        Name = "NextAction";
        Field<NonNullGraphType<InstantGraphType>>("dueBy").Allow(FieldAccess.Readers).Description("The end of the contact window it is planned in.").Resolve(c => c.Source.DueBy);
        Field<NonNullGraphType<InstantGraphType>>("windowStart").Allow(FieldAccess.Readers).Resolve(c => c.Source.WindowStart);
        Field<NonNullGraphType<ContactMethodGraphType>>("method").Allow(FieldAccess.Readers).Resolve(c => c.Source.Method);
        Field<NonNullGraphType<PlanReasonGraphType>>("reason").Allow(FieldAccess.Readers).Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Allow(FieldAccess.Readers).Resolve(c => c.Source.Overdue);
    }
}
