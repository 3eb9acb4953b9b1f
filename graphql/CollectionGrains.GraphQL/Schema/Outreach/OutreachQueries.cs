using CollectionGrains.GraphQL.Access;
using CollectionGrains.Outreach;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

/// <summary>Reading what reaches the owner: the group's notice wordings.</summary>
internal static class OutreachQueries
{
    public static void AddTo(ObjectGraphType query, IGrainFactory grains)
    {
        query.Field<NoticeBatchGraphType>("noticeBatch").Allow(FieldAccess.CollectionSetup)
            .Description("A batch of notices as it stands; null when unknown or outside the caller's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                return id.Length <= 100 && await grains.GetGrain<INoticeBatchGrain>(id).GetAsync() is { } batch
                    && await AccessChecks.UserContextOf(c).Caller!.ContainsNodeAsync(batch.NodeId)
                    ? batch
                    : null;
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoticeTemplateGraphType>>>>("noticeTemplates")
            .Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("The current wording of every kind of notice in the group of a node (a project's supervisor asks with the project).")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .ResolveAsync(async c =>
            {
                var groupId = await CallerScope.GroupOfAsync(grains, c.GetArgument<string>("nodeId")) ?? throw Errors.ApiError.UnknownNode(c.GetArgument<string>("nodeId"));
                var library = grains.GetGrain<INoticeTemplateGrain>(groupId);
                return await Task.WhenAll(Enum.GetValues<NoticeKind>().Select(library.GetAsync));
            });
    }
}
