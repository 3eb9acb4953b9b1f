using CollectionGrains.Access;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>The collection work's root queries: my plan, tasks, a task, a collector, scripts, the record sheet.</summary>
internal static class CollectionQueries
{
    private static readonly FieldAccess NotCollectors =
        FieldAccess.For(Role.GroupAdmin, Role.RegionManager, Role.BranchManager, Role.ProjectManager, Role.Supervisor, Role.Finance, Role.Auditor);

    public static void AddTo(ObjectGraphType query, IGrainFactory grains, BusinessClock clock)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanItemGraphType>>>>("myPlan").Allow(FieldAccess.For(Role.Collector, Role.Supervisor, Role.ProjectManager))
            .Description("The caller's plan of a day (today when not given): a collector's package; a supervisor's escalated and refusing cases of their project.")
            .Argument<CalendarDateGraphType>("date")
            .ResolveAsync(async c =>
            {
                var account = AccessChecks.UserContextOf(c).Caller!.Account;
                var date = c.GetArgument<DateOnly?>("date") ?? clock.Today;
                return account.Role == Role.Collector
                    ? await grains.GetGrain<ICollectorGrain>(account.Username).GetPlanAsync(date)
                    : await grains.GetGrain<ICollectionProjectGrain>(await ProjectOfAsync(grains, account.ScopeNodeId)).GetSupervisorPlanAsync(date);
            });
        query.Field<NonNullGraphType<ConnectionType<CollectionTaskGraphType>>>("tasks").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("Tasks of a project, zone or building (each household's current or last task), newest first; a collector sees their own and the pool's.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<TaskFilterInputType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await TasksAsync(grains, c));
        query.Field<CollectionTaskGraphType>("task").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Task("id")))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                var task = await grains.GetGrain<IHouseholdCaseGrain>(TaskNode.HouseholdOf(id)!).GetTaskAsync(id);
                return task is null ? null : TaskNode.Of(task);
            });
        query.Field<CollectorGraphType>("collector").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Collector("username")))
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async c => await grains.GetGrain<ICollectorGrain>(c.GetArgument<string>("username")).GetProfileAsync());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScriptGraphType>>>>("scripts").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("话术: the latest version of every script of the node's group.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .ResolveAsync(async c => await CallerScope.GroupOfAsync(grains, c.GetArgument<string>("nodeId")) is { } groupId
                ? await grains.GetGrain<IScriptLibraryGrain>(groupId).GetAllAsync()
                : []);
        query.Field<NonNullGraphType<FileDownloadGraphType>>("recordSheet").Allow(NotCollectors.InScopeOf(ScopeCheck.Node("projectId")))
            .Description("催收记录表 of a project: households in arrears with their first three contacts, class, promise, reason, collector.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<SheetFormatGraphType>>("format")
            .ResolveAsync(async c =>
            {
                var projectId = c.GetArgument<string>("projectId");
                var format = c.GetArgument<SheetFormat>("format");
                var content = await grains.GetGrain<ICollectionProjectGrain>(await ProjectOfAsync(grains, projectId)).ExportRecordSheetAsync(format);
                return format == SheetFormat.Xlsx
                    ? new FileDownload("催收记录表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content)
                    : new FileDownload("催收记录表.csv", "text/csv; charset=utf-8", content);
            });
    }

    private static async Task<object> TasksAsync(IGrainFactory grains, IResolveFieldContext context)
    {
        var first = Pages.CheckFirst(context.GetArgument<int?>("first"));
        var node = await grains.GetGrain<IOrgNodeGrain>(context.GetArgument<string>("nodeId")).GetAsync()
            ?? throw ApiError.UnknownNode(context.GetArgument<string>("nodeId"));
        var (projectId, buildings) = node.Info.Level switch
        {
            OrgLevel.Project => (node.Info.Id, (IReadOnlyList<string>?)null),
            OrgLevel.Zone => (node.Info.ParentId!, node.ChildIds),
            OrgLevel.Building => (await ProjectOfAsync(grains, node.Info.Id), [node.Info.Id]),
            _ => throw ApiError.BadInput("tasks are listed by project, zone or building"),
        };
        var account = AccessChecks.UserContextOf(context).Caller!.Account;
        var filter = TaskFilterInputType.Read(context.GetArgument<Dictionary<string, object?>?>("filter")) with
        {
            Buildings = buildings,
            VisibleTo = account.Role == Role.Collector ? account.Username : null,
        };
        var page = await grains.GetGrain<ICollectionProjectGrain>(projectId).GetTasksAsync(filter, first, context.GetArgument<string?>("after"));
        var nodes = page.Tasks.Select((t, i) => (TaskNode.Of(t), page.Cursors[i])).ToList();
        return Pages.Build(nodes, page.TotalCount, page.HasNextPage, context.GetArgument<string?>("after") is not null);
    }

    /// <summary>The project a node is, or lies below.</summary>
    public static async Task<string> ProjectOfAsync(IGrainFactory grains, string nodeId)
    {
        for (var id = nodeId; ;)
        {
            var node = await grains.GetGrain<IOrgNodeGrain>(id).GetAsync() ?? throw ApiError.UnknownNode(nodeId);
            if (node.Info.Level == OrgLevel.Project)
            {
                return id;
            }
            id = node.Info.Level > OrgLevel.Project && node.Info.ParentId is { } parent
                ? parent
                : throw ApiError.BadInput($"{nodeId} is not a project or a node below one");
        }
    }
}
