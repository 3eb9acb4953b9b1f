using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class NoticeTemplateGraphType : ObjectGraphType<NoticeTemplate>
{
    public NoticeTemplateGraphType()
    {
        Name = "NoticeTemplate";
        Description = "A group's wording of one kind of notice, versioned (0: the built-in wording).";
        Field<NonNullGraphType<NoticeKindGraphType>>("kind").Allow(FieldAccess.Readers).Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("version").Allow(FieldAccess.Readers).Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("body").Allow(FieldAccess.Readers)
            .Description("Liquid over a plain markup: '# title', '## heading', table rows '| a | b |' (the first row is the header), '[二维码]' for the pay link's QR code, '>> text' aligned right. Values: owner, building, room, bills (item, period, due, principal, late_fee, total), principal, late_fee, total, as_of, oldest_due, deadline, issued_on, notice_no, company, project; the public notice gets only rows (building, masked room, amount), withdraw_on and the dates. Filter: yuan (¥1,234.50; yuan: 0 whole yuan).")
            .Resolve(c => c.Source.Body);
        Field<StringGraphType>("savedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.SavedBy);
        Field<InstantGraphType>("savedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.SavedAt);
    }
}
