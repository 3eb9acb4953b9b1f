using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class CollectorGraphType : ObjectGraphType<CollectorProfile>
{
    public CollectorGraphType(IGrainFactory grains, BusinessClock clock)
    {
        Name = "Collector";
        Description = "A collector (or other staff taking part) and their work: the package, its tasks, the day's plan, counters and totals.";
        Field<NonNullGraphType<StringGraphType>>("username").Allow(FieldAccess.Readers).Resolve(c => c.Source.Username);
        Field<NonNullGraphType<StringGraphType>>("displayName").Allow(FieldAccess.Readers).Resolve(c => c.Source.DisplayName);
        Field<OrgNodeGraphType>("project").Allow(FieldAccess.Readers).ResolveAsync(async c => await grains.GetGrain<IOrgNodeGrain>(c.Source.ProjectId).GetAsync());
        Field<NonNullGraphType<ConnectionType<HouseholdGraphType>>>("households").Allow(FieldAccess.Readers)
            .Description("The households of the package (分片包户), by id.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var cases = await Worker(grains, c).GetCasesAsync();
                return Pages.Slice([.. cases.Select(s => new HouseholdNode(s.HouseholdId))], c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), "households");
            });
        Field<NonNullGraphType<ConnectionType<CollectionTaskGraphType>>>("tasks").Allow(FieldAccess.Readers)
            .Description("The current (or last) task of each household of the package.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var cases = await Worker(grains, c).GetCasesAsync();
                return Pages.Slice([.. cases.Where(s => s.TaskId is not null).Select(TaskNode.Of)], c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), "tasks");
            });
        Field<NonNullGraphType<TotalsGraphType>>("totals").Allow(FieldAccess.Readers).Description("The totals of the package's households, live.")
            .ResolveAsync(async c => await Worker(grains, c).GetTotalsAsync());
        Field<NonNullGraphType<CollectorCountersGraphType>>("counters").Allow(FieldAccess.Readers).ResolveAsync(async c => await Worker(grains, c).GetCountersAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanItemGraphType>>>>("plan").Allow(FieldAccess.Readers)
            .Description("The plan of a day (today when not given): overdue first, then by amount and age.")
            .Argument<CalendarDateGraphType>("date")
            .ResolveAsync(async c => await Worker(grains, c).GetPlanAsync(c.GetArgument<DateOnly?>("date") ?? clock.Today));
        Targets.TargetFields.AddToCollector(this, grains);
    }

    private static ICollectorGrain Worker(IGrainFactory grains, IResolveFieldContext<CollectorProfile> context) =>
        grains.GetGrain<ICollectorGrain>(context.Source.Username);
}

internal sealed class CollectorCountersGraphType : ObjectGraphType<CollectorCounters>
{
    public CollectorCountersGraphType()
    {
        Name = "CollectorCounters";
        Field<NonNullGraphType<IntGraphType>>("contactsToday").Allow(FieldAccess.Readers).Resolve(c => c.Source.ContactsToday);
        Field<NonNullGraphType<IntGraphType>>("contactsThisWeek").Allow(FieldAccess.Readers).Resolve(c => c.Source.ContactsThisWeek);
        Field<NonNullGraphType<IntGraphType>>("outsideWindowThisWeek").Allow(FieldAccess.Readers).Resolve(c => c.Source.OutsideWindowThisWeek);
        Field<NonNullGraphType<IntGraphType>>("promisesOpen").Allow(FieldAccess.Readers).Resolve(c => c.Source.PromisesOpen);
        Field<NonNullGraphType<IntGraphType>>("promisesKept").Allow(FieldAccess.Readers).Description("This month.").Resolve(c => c.Source.PromisesKept);
        Field<NonNullGraphType<IntGraphType>>("promisesBroken").Allow(FieldAccess.Readers).Description("This month.").Resolve(c => c.Source.PromisesBroken);
        Field<NonNullGraphType<MoneyGraphType>>("recoveredThisMonth").Allow(FieldAccess.Readers).Resolve(c => c.Source.RecoveredThisMonth);
        Field<NonNullGraphType<IntGraphType>>("openTasks").Allow(FieldAccess.Readers).Resolve(c => c.Source.OpenTasks);
        Field<NonNullGraphType<IntGraphType>>("households").Allow(FieldAccess.Readers).Resolve(c => c.Source.Households);
    }
}
