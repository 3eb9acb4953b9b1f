using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Schema.Collection;
using CollectionGrains.Outreach;
using GraphQL;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Outreach;

/// <summary>The legal ladder's mutations (requests, the project manager's decisions, lawsuits), deliveries of notices, the project's thresholds.</summary>
internal static class LegalMutations
{
    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<LegalStepPayloadType>>("requestLegalStep").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("Asks the project manager for the household's next legal step; refused unless it is eligible under the project's policy and the step before is done.")
            .Argument<NonNullGraphType<RequestLegalStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await Household(grains, Text(input, "householdId")).RequestLegalStepAsync((LegalStep)input["step"]!, input["reason"] as string ?? "",
                    (DateOnly?)input.GetValueOrDefault("deadline"), CollectionActors.Of(c));
            });
        var requestInScope = ScopeCheck.LegalRequest("input.requestId");
        mutation.Field<NonNullGraphType<LegalStepPayloadType>>("decideLegalStep").Allow(FieldAccess.For(Role.ProjectManager).InScopeOf(requestInScope))
            .Description("The project manager approves or rejects a legal step (not their own request); an approved lawyer's letter or public notice is issued at once.")
            .Argument<NonNullGraphType<DecideLegalStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var requestId = Text(input, "requestId");
                return await Household(grains, TaskNode.HouseholdOf(requestId)!).DecideLegalStepAsync(requestId, (bool)input["approve"]!,
                    OptionalText(input, "note", 500), CollectionActors.Of(c));
            });
        mutation.Field<NonNullGraphType<LegalStepPayloadType>>("recordLawsuit").Allow(FieldAccess.CollectionSetup.InScopeOf(requestInScope))
            .Description("起诉: records the case number, court and dates of an approved lawsuit; the step is then done.")
            .Argument<NonNullGraphType<RecordLawsuitInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var requestId = Text(input, "requestId");
                var lawsuit = new LawsuitRecord(Text(input, "caseNumber", 100), Text(input, "court", 100), (DateOnly)input["filedOn"]!,
                    (DateOnly?)input.GetValueOrDefault("hearingOn"), (DateOnly?)input.GetValueOrDefault("judgmentOn"));
                return await Household(grains, TaskNode.HouseholdOf(requestId)!).RecordLawsuitAsync(requestId, lawsuit, CollectionActors.Of(c));
            });
        mutation.Field<NonNullGraphType<NoticePayloadType>>("recordNoticeDelivery").Allow(FieldAccess.CollectionWork.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("送达: records that a notice reached the owner, how and with what proof; a delivered demand restarts the limitation clock.")
            .Argument<NonNullGraphType<RecordNoticeDeliveryInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var delivery = new NoticeDelivery((DateOnly)input["deliveredOn"]!, Text(input, "method", 50), Text(input, "proof", 500),
                    CollectionActors.Of(c).Username, DateTimeOffset.UtcNow);
                return await Household(grains, Text(input, "householdId")).RecordDeliveryAsync(Text(input, "noticeId", 100), delivery);
            });
        mutation.Field<NonNullGraphType<DownloadLinkGraphType>>("exportEvidencePack").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("证据包: one zip of the household's bills, payments, contacts, notices as sent (PDF) with their delivery, and legal steps; answers a link to GET with the same bearer token.")
            .Argument<NonNullGraphType<HouseholdInputType>>("input")
            .ResolveAsync(async c =>
            {
                var household = await OutreachMutations.HouseholdAsync(grains, Text(Input(c), "householdId"));
                var zip = await Household(grains, household).GetEvidencePackAsync();
                var name = "证据包-" + string.Concat(household.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-')) + ".zip";
                return await ExportArrears.OfferAsync(grains, CollectionActors.Of(c).Username, name, "application/zip", zip);
            });
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalThresholdGraphType>>>>("setLegalPolicy")
            .Allow(FieldAccess.For(Role.GroupAdmin, Role.ProjectManager).InScopeOf(ScopeCheck.Node("input.projectId")))
            .Description("Sets when a household of the project becomes eligible for each legal step (steps left out keep theirs).")
            .Argument<NonNullGraphType<SetLegalPolicyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var thresholds = ((IEnumerable<object>)input["thresholds"]!).Cast<Dictionary<string, object?>>().Select(t => new LegalThreshold(
                    (LegalStep)t["step"]!, (int)t["minAgeDays"]!, (decimal)t["minAmount"]!, (int)t["minContacts"]!)).ToList();
                return (await grains.GetGrain<IOutreachProjectGrain>(await OutreachMutations.ProjectAsync(grains, Text(input, "projectId"))).SetLegalPolicyAsync(new LegalPolicy(thresholds))).Thresholds;
            });
    }

    public static void AddQueries(ObjectGraphType query, IGrainFactory grains)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalThresholdGraphType>>>>("legalPolicy")
            .Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("projectId")))
            .Description("When a household of the project becomes eligible for each legal step.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .ResolveAsync(async c => (await grains.GetGrain<IOutreachProjectGrain>(await OutreachMutations.ProjectAsync(grains, c.GetArgument<string>("projectId"))).GetLegalPolicyAsync()).Thresholds);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalStepRequestGraphType>>>>("legalSteps")
            .Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("Legal steps of the households in arrears below a node, largest debts first (the general manager's list: step REPORT_TO_MANAGEMENT, status DONE); the 20,000 largest debts below the node are looked at.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<LegalStepGraphType>("step")
            .Argument<LegalStepStatusGraphType>("status")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 100)
            .ResolveAsync(async c => await grains.GetGrain<IOutreachListsGrain>(0).LegalStepsAsync(c.GetArgument<string>("nodeId"),
                c.GetArgument<LegalStep?>("step"), c.GetArgument<LegalStepStatus?>("status"), First(c)));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LimitationEntryGraphType>>>>("limitationExpiring")
            .Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("诉讼时效: households in arrears below a node whose earliest claim expires within withinDays (90: the warning), soonest first; the 20,000 largest debts below the node are looked at (ask per project for more).")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<IntGraphType>("withinDays", arg => arg.DefaultValue = 90)
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 100)
            .ResolveAsync(async c =>
            {
                var days = c.GetArgument<int>("withinDays");
                return days is < 0 or > 3650
                    ? throw Errors.ApiError.BadInput($"withinDays must be between 0 and 3650, got {days}")
                    : await grains.GetGrain<IOutreachListsGrain>(0).ExpiringAsync(c.GetArgument<string>("nodeId"), days, First(c));
            });
    }

    private static int First(IResolveFieldContext context)
    {
        var first = context.GetArgument<int>("first");
        return first is >= 1 and <= 500 ? first : throw Errors.ApiError.BadInput($"first must be between 1 and 500, got {first}");
    }

    private static IHouseholdOutreachGrain Household(IGrainFactory grains, string householdId) => grains.GetGrain<IHouseholdOutreachGrain>(householdId);
}
