using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class NoticeGraphType : ObjectGraphType<Notice>
{
    public const string PdfPath = "/notices";

    public NoticeGraphType(IGrainFactory grains)
    {
        Name = "Notice";
        Description = "A notice or letter issued to a household (缴费通知单, 催收通知单, 催收通知函, 律师函, 公示), its PDF stored as sent.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.NoticeId);
        Field<NonNullGraphType<NoticeKindGraphType>>("kind").Allow(FieldAccess.Readers).Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<InstantGraphType>>("issuedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.IssuedAt);
        Field<NonNullGraphType<StringGraphType>>("issuedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.IssuedBy);
        Field<CalendarDateGraphType>("deadline").Allow(FieldAccess.Readers).Resolve(c => c.Source.Deadline);
        Field<NonNullGraphType<MoneyGraphType>>("amountOwed").Allow(FieldAccess.Readers).Description("What the household owed when the notice was written.").Resolve(c => c.Source.AmountOwed);
        Field<NonNullGraphType<IntGraphType>>("templateVersion").Allow(FieldAccess.Readers).Description("The version of the group's wording it was written from (0: built-in).").Resolve(c => c.Source.TemplateVersion);
        Field<NonNullGraphType<StringGraphType>>("documentHash").Allow(FieldAccess.Readers).Description("SHA-256 of the PDF as sent.").Resolve(c => c.Source.DocumentHash);
        Field<NonNullGraphType<StringGraphType>>("pdfUrl").Allow(FieldAccess.Readers)
            .Description("Path on this server of the PDF as sent, fetched with the same bearer token.")
            .Resolve(c => $"{PdfPath}/{Uri.EscapeDataString(c.Source.NoticeId)}/pdf");
        Field<NonNullGraphType<StringGraphType>>("html").Allow(FieldAccess.Readers).Description("The same text as HTML for the screen.")
            .ResolveAsync(async c => (await grains.GetGrain<INoticeArchiveGrain>(0).GetAsync(c.Source.NoticeId))?.Html ?? "");
        Field<NoticeDeliveryGraphType>("delivery").Allow(FieldAccess.Readers).Description("送达, once recorded.").Resolve(c => c.Source.Delivery);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
    }
}
