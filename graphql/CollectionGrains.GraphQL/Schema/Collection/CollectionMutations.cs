using CollectionGrains.Access;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using GraphQL;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>The collection work's mutations: contacts, the task's moves, packages, the policy, the even split, legacy issues, scripts.</summary>
internal static class CollectionMutations
{
    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains)
    {
        var taskInScope = ScopeCheck.Task("input.taskId");
        mutation.Field<NonNullGraphType<RecordContactPayloadType>>("recordContact").Allow(FieldAccess.CollectionWork.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("Records a contact (催收记录), idempotent by contactId; refused for a household that owes nothing, and above the caps unless a supervisor allows it.")
            .Argument<NonNullGraphType<RecordContactInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await Case(grains, Text(input, "householdId")).RecordContactAsync(Contact(input), CollectionActors.Of(c));
            });
        mutation.Field<NonNullGraphType<TaskPayloadType>>("grabTask").Allow(FieldAccess.For(Role.Collector).InScopeOf(ScopeCheck.PoolTask("input.taskId")))
            .Description("抢单: takes a task from the project's pool; of concurrent grabs exactly one wins, the others get CONFLICT.")
            .Argument<NonNullGraphType<GrabTaskInputType>>("input")
            .ResolveAsync(async c =>
            {
                // A collector of the project grabs before anyone assigned them anything: they join its roster first.
                await EnrolInProjectOfTaskAsync(grains, Text(Input(c), "taskId"), AccessChecks.UserContextOf(c).Caller!.Account.Username);
                return await TaskAsync(grains, c, (@case, id) => @case.GrabAsync(id, CollectionActors.Of(c)));
            });
        mutation.Field<NonNullGraphType<TaskPayloadType>>("transferTask").Allow(FieldAccess.CollectionWork.InScopeOf(taskInScope))
            .Description("Hands a task (and its household) to another collector of the project, with a reason.")
            .Argument<NonNullGraphType<TransferTaskInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var to = Text(input, "collector", 100);
                await EnrolInProjectOfTaskAsync(grains, Text(input, "taskId"), to);
                return await TaskAsync(grains, c, (@case, id) => @case.TransferAsync(id, to, Text(input, "reason", 500), CollectionActors.Of(c)));
            });
        mutation.Field<NonNullGraphType<TaskPayloadType>>("escalateTask").Allow(FieldAccess.CollectionWork.InScopeOf(taskInScope))
            .Description("转交上级: hands a task up to the supervisor, with a reason.")
            .Argument<NonNullGraphType<EscalateTaskInputType>>("input")
            .ResolveAsync(async c => await TaskAsync(grains, c, (@case, id) => @case.EscalateAsync(id, Text(Input(c), "reason", 500), CollectionActors.Of(c))));
        mutation.Field<NonNullGraphType<TaskPayloadType>>("cancelTask").Allow(FieldAccess.CollectionSetup.InScopeOf(taskInScope))
            .Description("Cancels an open task with a reason; it is not reopened until the household has been clear once.")
            .Argument<NonNullGraphType<CancelTaskInputType>>("input")
            .ResolveAsync(async c => await TaskAsync(grains, c, (@case, id) => @case.CancelAsync(id, Text(Input(c), "reason", 500), CollectionActors.Of(c))));
        AddSetup(mutation, grains);
    }

    private static void AddSetup(ObjectGraphType mutation, IGrainFactory grains)
    {
        var projectInScope = ScopeCheck.Node("input.projectId");
        mutation.Field<NonNullGraphType<AssignHouseholdsPayloadType>>("assignHouseholds").Allow(FieldAccess.CollectionSetup.InScopeOf(projectInScope))
            .Description("分片包户: puts households (and every household of buildings) into a collector's package, or back into the pool.")
            .Argument<NonNullGraphType<AssignHouseholdsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var collector = OptionalText(input, "collector", 100);
                var project = Project(grains, Text(input, "projectId"));
                var moved = await project.AssignAsync(collector, Ids(input, "householdIds"), Ids(input, "buildingIds"), CollectionActors.Of(c));
                return new AssignResult(moved, collector is null ? null : await grains.GetGrain<ICollectorGrain>(collector).GetProfileAsync());
            });
        mutation.Field<NonNullGraphType<CollectionPolicyPayloadType>>("setCollectionPolicy").Allow(FieldAccess.CollectionSetup.InScopeOf(projectInScope))
            .Description("Sets a project's collection policy (contact windows, weekly minimum, caps, first round, retry after no answer, treatment by grade) now, or from effectiveFrom.")
            .Argument<NonNullGraphType<SetCollectionPolicyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var project = Project(grains, Text(input, "projectId"));
                var effectiveFrom = (DateOnly?)input.GetValueOrDefault("effectiveFrom");
                // What is left out keeps the value of the policy it changes: the one decided for later, when changing that.
                var current = effectiveFrom is not null && await project.GetScheduledPolicyAsync() is { } scheduled ? scheduled.Policy : await project.GetPolicyAsync();
                int Number(string name, int keep) => (int?)input.GetValueOrDefault(name) ?? keep;
                // The warning rules (setWarningRules) and anything else not named here stay as they are.
                var policy = current with
                {
                    WeekdayWindows = CollectionInputs.Windows(input, "weekdayWindows") ?? current.WeekdayWindows,
                    WeekendWindows = CollectionInputs.Windows(input, "weekendWindows") ?? current.WeekendWindows,
                    WeeklyMinimum = Number("weeklyMinimum", current.WeeklyMinimum), MaxAttemptsPerDay = Number("maxAttemptsPerDay", current.MaxAttemptsPerDay),
                    MaxAnsweredPerDay = Number("maxAnsweredPerDay", current.MaxAnsweredPerDay), MaxAttemptsPer7Days = Number("maxAttemptsPer7Days", current.MaxAttemptsPer7Days),
                    FirstRoundDays = Number("firstRoundDays", current.FirstRoundDays), NoAnswerRetryMinutes = Number("noAnswerRetryMinutes", current.NoAnswerRetryMinutes),
                    MaxOpenTasksPerCollector = Number("maxOpenTasksPerCollector", current.MaxOpenTasksPerCollector),
                    VisitRadiusMetres = Number("visitRadiusMetres", current.VisitRadiusMetres),
                    Treatments = CollectionInputs.Treatments(input) ?? current.Treatments,
                };
                return effectiveFrom is { } from
                    ? await project.SchedulePolicyAsync(policy, from, CollectionActors.Of(c))
                    : new ScheduledCollectionPolicy(default, await project.SetPolicyAsync(policy, CollectionActors.Of(c)));
            });
        mutation.Field<NonNullGraphType<EvenSplitPayloadType>>("splitEvenly").Allow(FieldAccess.CollectionSetup.InScopeOf(projectInScope))
            .Description("平均分配: splits the project's unassigned households in arrears evenly among staff (count and difficulty); a preview without proposalId, the preview applied with it.")
            .Argument<NonNullGraphType<SplitEvenlyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var project = Project(grains, Text(input, "projectId"));
                var staff = Ids(input, "staff");
                return OptionalText(input, "proposalId", 64) is { } proposalId
                    ? await project.ApplyEvenSplitAsync(staff, proposalId, CollectionActors.Of(c))
                    : await project.ProposeEvenSplitAsync(staff);
            });
        mutation.Field<NonNullGraphType<LegacyIssuePayloadType>>("recordLegacyIssue").Allow(FieldAccess.CollectionWork.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("历史遗留问题: recorded on a household and shown with every plan item, task and household.")
            .Argument<NonNullGraphType<RecordLegacyIssueInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var householdId = Text(input, "householdId");
                var issue = new LegacyIssue(Text(input, "issueId", 100), Text(input, "category", 50), Text(input, "text", 1000), default, string.Empty);
                return new LegacyIssueResult(householdId, await Case(grains, householdId).RecordLegacyIssueAsync(issue, CollectionActors.Of(c)));
            });
        mutation.Field<NonNullGraphType<LegacyIssuePayloadType>>("resolveLegacyIssue").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Argument<NonNullGraphType<ResolveLegacyIssueInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var householdId = Text(input, "householdId");
                return new LegacyIssueResult(householdId, await Case(grains, householdId).ResolveLegacyIssueAsync(Text(input, "issueId", 100), CollectionActors.Of(c)));
            });
        mutation.Field<NonNullGraphType<ScriptPayloadType>>("saveScript").Allow(FieldAccess.For(Role.GroupAdmin).InScopeOf(ScopeCheck.Node("input.groupId")))
            .Description("话术: saves a script of the group; a changed wording becomes a new version.")
            .Argument<NonNullGraphType<SaveScriptInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var draft = new ScriptDraft(Text(input, "scriptId", 100), Text(input, "title", 100), (ContactMethod)input["method"]!,
                    (ContactClass?)input.GetValueOrDefault("contactClass"), (CollectionGrains.Customers.Grade?)input.GetValueOrDefault("grade"), Text(input, "body", 4000));
                return await grains.GetGrain<IScriptLibraryGrain>(Text(input, "groupId")).SaveAsync(draft, CollectionActors.Of(c));
            });
    }


    private static IHouseholdCaseGrain Case(IGrainFactory grains, string householdId) => grains.GetGrain<IHouseholdCaseGrain>(householdId);

    private static ICollectionProjectGrain Project(IGrainFactory grains, string projectId) => grains.GetGrain<ICollectionProjectGrain>(projectId);

    /// <summary>Puts a collector on the roster of the task's project (refused when they are not a collector within it).</summary>
    private static async Task EnrolInProjectOfTaskAsync(IGrainFactory grains, string taskId, string username)
    {
        var projectId = (await Case(grains, TaskNode.HouseholdOf(taskId) ?? taskId).GetAsync()).ProjectId
            ?? throw Errors.ApiError.UnknownTask(taskId);
        await Project(grains, projectId).EnrolAsync(username);
    }

    /// <summary>A change of the task an input names (its scope was checked: the id names a household in the caller's scope).</summary>
    private static async Task<TaskNode> TaskAsync(IGrainFactory grains, IResolveFieldContext context, Func<IHouseholdCaseGrain, string, Task<CollectionTask>> change)
    {
        var taskId = Text(Input(context), "taskId");
        var householdId = TaskNode.HouseholdOf(taskId) ?? throw Errors.ApiError.UnknownTask(taskId);
        return TaskNode.Of(await change(Case(grains, householdId), taskId));
    }
}
