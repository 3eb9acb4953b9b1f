using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class NoticeBatchGraphType : ObjectGraphType<NoticeBatch>
{
    public NoticeBatchGraphType()
    {
        Name = "NoticeBatch";
        Description = "Notices for every household in arrears below a node, issued in the background (a public notice: one document for them all).";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.BatchId);
        Field<NonNullGraphType<IdGraphType>>("nodeId").Allow(FieldAccess.Readers).Resolve(c => c.Source.NodeId);
        Field<NonNullGraphType<NoticeKindGraphType>>("kind").Allow(FieldAccess.Readers).Resolve(c => c.Source.Kind);
        Field<CalendarDateGraphType>("deadline").Allow(FieldAccess.Readers).Resolve(c => c.Source.Deadline);
        Field<NonNullGraphType<StringGraphType>>("requestedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.RequestedBy);
        Field<NonNullGraphType<InstantGraphType>>("startedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.StartedAt);
        Field<NonNullGraphType<IntGraphType>>("total").Allow(FieldAccess.Readers).Description("Households in arrears when the batch started.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("issued").Allow(FieldAccess.Readers).Resolve(c => c.Source.Issued);
        Field<NonNullGraphType<IntGraphType>>("skipped").Allow(FieldAccess.Readers).Description("Households that paid before their notice was written.").Resolve(c => c.Source.Skipped);
        Field<NonNullGraphType<IntGraphType>>("failed").Allow(FieldAccess.Readers).Resolve(c => c.Source.Failed);
        Field<InstantGraphType>("finishedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.FinishedAt);
    }
}
