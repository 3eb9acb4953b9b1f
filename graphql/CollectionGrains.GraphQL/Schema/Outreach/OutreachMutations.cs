using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Schema.Collection;
using CollectionGrains.Outreach;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Outreach;

/// <summary>Reaching the owner: pay links, notices, the legal ladder.</summary>
internal static class OutreachMutations
{
    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<PayLinkGraphType>>("revokePayLinks").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("Every pay link of the household issued so far stops working (a link sent to the wrong person); answers a new one.")
            .Argument<NonNullGraphType<HouseholdInputType>>("input")
            .ResolveAsync(async c =>
            {
                var outreach = grains.GetGrain<IHouseholdOutreachGrain>(await HouseholdAsync(grains, Text(Input(c), "householdId")));
                await outreach.RevokePayLinksAsync(CollectionActors.Of(c));
                return await outreach.GetPayLinkAsync();
            });
        mutation.Field<NonNullGraphType<NoticePayloadType>>("issueNotice").Allow(FieldAccess.CollectionWork.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("Writes a notice or letter for a household with what it owes today, stores its PDF and records it as a contact; refused for a household that owes nothing.")
            .Argument<NonNullGraphType<IssueNoticeInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var household = await HouseholdAsync(grains, Text(input, "householdId"));
                var noticeId = OptionalText(input, "noticeId", 100) ?? "N" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
                return await grains.GetGrain<IHouseholdOutreachGrain>(household)
                    .IssueNoticeAsync(new NoticeRequest(noticeId, (NoticeKind)input["kind"]!, (DateOnly?)input.GetValueOrDefault("deadline")), CollectionActors.Of(c));
            });
        mutation.Field<NonNullGraphType<NoticeBatchGraphType>>("issueNotices").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("input.nodeId")))
            .Description("Issues a notice to every household in arrears below a node, in the background; follow it with noticeBatch(id).")
            .Argument<NonNullGraphType<IssueNoticesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var batchId = OptionalText(input, "batchId", 80) ?? "B" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
                return await grains.GetGrain<INoticeBatchGrain>(batchId)
                    .StartAsync(Text(input, "nodeId"), (NoticeKind)input["kind"]!, (DateOnly?)input.GetValueOrDefault("deadline"), CollectionActors.Of(c));
            });
        mutation.Field<NonNullGraphType<NoticeTemplateGraphType>>("setNoticeTemplate").Allow(FieldAccess.For(CollectionGrains.Access.Role.GroupAdmin).InScopeOf(ScopeCheck.Node("input.groupId")))
            .Description("Saves the group's wording of a kind of notice as its next version, after checking that it renders; notices name the version they were written from.")
            .Argument<NonNullGraphType<SetNoticeTemplateInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await grains.GetGrain<INoticeTemplateGrain>(Text(input, "groupId"))
                    .SaveAsync((NoticeKind)input["kind"]!, input["body"] as string ?? "", CollectionActors.Of(c));
            });
    }

    /// <summary>The household's id once it is known to exist (NOT_FOUND otherwise): no state is made for an id nobody registered.</summary>
    public static async Task<string> HouseholdAsync(IGrainFactory grains, string householdId) =>
        await grains.GetGrain<Billing.IHouseholdGrain>(householdId).GetProfileAsync() is not null
            ? householdId
            : throw Errors.ApiError.UnknownHousehold(householdId);

    /// <summary>The id once it is known to name a project (BAD_USER_INPUT otherwise).</summary>
    public static async Task<string> ProjectAsync(IGrainFactory grains, string projectId) =>
        await grains.GetGrain<Organisation.IOrgNodeGrain>(projectId).GetAsync() is { Info.Level: Organisation.OrgLevel.Project }
            ? projectId
            : throw Errors.ApiError.BadInput($"{projectId} is not a project");
}
