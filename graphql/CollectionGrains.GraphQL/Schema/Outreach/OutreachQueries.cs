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
