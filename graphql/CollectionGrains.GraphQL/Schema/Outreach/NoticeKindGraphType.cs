using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class NoticeKindGraphType : EnumerationGraphType
{
    public NoticeKindGraphType()
    {
        Name = "NoticeKind";
        Description = "The written demands of the procedure, mildest first.";
        Add("PAYMENT_NOTICE", NoticeKind.PaymentNotice, "缴费通知单");
        Add("DUNNING_NOTICE", NoticeKind.DunningNotice, "催收通知单");
        Add("DUNNING_LETTER", NoticeKind.DunningLetter, "催收通知函");
        Add("LAWYER_LETTER", NoticeKind.LawyerLetter, "律师函: needs a deadline");
        Add("PUBLIC_NOTICE", NoticeKind.PublicNotice, "不记名公示: anonymous (masked rooms, no names, no phones)");
    }
}
