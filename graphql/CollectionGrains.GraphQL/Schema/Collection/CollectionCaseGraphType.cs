using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class CollectionCaseGraphType : ObjectGraphType<CollectionCase>
{
    private const int MaxContacts = 200;

    public CollectionCaseGraphType(IGrainFactory grains)
    {
        Name = "CollectionCase";
        Description = "A household's collection case: its task, class, promise, contacts (newest first) and legacy issues.";
        Field<CollectionTaskGraphType>("task").Allow(FieldAccess.Readers).Description("The current task, or the last one.")
            .Resolve(c => c.Source.Task is { } task ? TaskNode.Of(task) : null);
        Field<ContactClassGraphType>("contactClass").Allow(FieldAccess.Readers).Description("The class of the last contact, while a task is open.").Resolve(c => c.Source.Class);
        Field<PromiseGraphType>("promise").Allow(FieldAccess.Readers).Description("The open promise, or the last one decided.").Resolve(c => c.Source.Promise);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactGraphType>>>>("contacts").Allow(FieldAccess.Readers)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Resolve(c => c.GetArgument("first", 20) is var first and >= 0 and <= MaxContacts
                ? c.Source.Contacts.Take(first)
                : throw Errors.ApiError.BadInput($"first must be between 0 and {MaxContacts}"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegacyIssueGraphType>>>>("legacyIssues").Allow(FieldAccess.Readers).Resolve(c => c.Source.LegacyIssues);
        Field<CollectorGraphType>("collector").Allow(FieldAccess.Readers).Description("Who holds the household; none: the project's pool.")
            .ResolveAsync(async c => c.Source.Collector is { } username ? await grains.GetGrain<ICollectorGrain>(username).GetProfileAsync() : null);
        Field<NonNullGraphType<BooleanGraphType>>("paused").Allow(FieldAccess.Readers)
            .Description("Dunning is paused while a service order is open: no plan action, automated message, notice or legal step.").Resolve(c => c.Source.Paused);
        Field<StringGraphType>("pauseReason").Allow(FieldAccess.Readers).Description("Why it is paused, in Chinese; null when it is not.")
            .Resolve(c => c.Source.ServiceHolds is { Count: > 0 } holds
                ? "服务工单处理中，暂停催收：" + string.Join("；", holds.Select(h => $"{h.OrderId}（{(h.Resolved ? "已整改，待业主确认" : $"限 {h.Deadline:yyyy-MM-dd} 前完成")}）"))
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WarningGraphType>>>>("warnings").Allow(FieldAccess.Readers)
            .Description("The case's warnings (催收预警): open ones, and those cleared in the last 60 days.").Resolve(c => c.Source.Warnings ?? []);
        Field<NonNullGraphType<IntGraphType>>("promisesBroken").Allow(FieldAccess.Readers).Resolve(c => c.Source.PromisesBroken);
        Field<NonNullGraphType<MoneyGraphType>>("amountOwed").Allow(FieldAccess.Readers).Resolve(c => c.Source.Owed);
        Field<NextActionGraphType>("nextAction").Allow(FieldAccess.Readers).Resolve(c => c.Source.NextAction);
    }
}
