using CollectionGrains.GraphQL.Access;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class NoticePayloadType : ObjectGraphType<Notice>
{
    public NoticePayloadType()
    {
        Name = "NoticePayload";
        Field<NonNullGraphType<NoticeGraphType>>("notice").Allow(FieldAccess.Readers).Resolve(c => c.Source);
    }
}
