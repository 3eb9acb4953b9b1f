using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class PayLinkGraphType : ObjectGraphType<PayLink>
{
    public PayLinkGraphType()
    {
        Name = "PayLink";
        Description = "A household's signed pay link (expiring, revocable): it opens the owner's pay page; its QR code is a PNG.";
        Field<NonNullGraphType<StringGraphType>>("url").Allow(FieldAccess.Readers).Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("qrCodeUrl").Allow(FieldAccess.Readers).Resolve(c => c.Source.QrCodeUrl);
        Field<NonNullGraphType<InstantGraphType>>("expiresAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.ExpiresAt);
    }
}
