using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>What a phone sends for a visit: the door's code as scanned, its GPS fix and the photo.</summary>
internal sealed class VisitInputType : InputObjectGraphType
{
    public VisitInputType()
    {
        Name = "VisitInput";
        Description = "上门取证: the door code scanned, the phone's position and a photo taken at the door.";
        Field<NonNullGraphType<StringGraphType>>("qrToken").Description("The code read off the household's door label.");
        Field<NonNullGraphType<DecimalGraphType>>("latitude").Description("WGS-84 degrees, as the phone's GPS gives them.");
        Field<NonNullGraphType<DecimalGraphType>>("longitude");
        Field<NonNullGraphType<DecimalGraphType>>("accuracy").Description("The fix's accuracy in metres.");
        Field<NonNullGraphType<StringGraphType>>("photo").Description("The photo, JPEG or PNG, as base64 (a data: URL is accepted); at most 5 MiB.");
    }
}

internal sealed class VisitCheckGraphType : ObjectGraphType<VisitCheck>
{
    public VisitCheckGraphType()
    {
        Name = "VisitCheck";
        Description = "The checks of a visit's evidence; a flagged visit is kept for review and does not count as a visit.";
        Field<NonNullGraphType<BooleanGraphType>>("tokenValid").Allow(FieldAccess.Readers).Description("The scanned code is this household's current door code.").Resolve(c => c.Source.TokenValid);
        Field<NonNullGraphType<BooleanGraphType>>("withinRadius").Allow(FieldAccess.Readers).Description("The position was within the project's radius of the building (accuracy allowed for).").Resolve(c => c.Source.WithinRadius);
        Field<DecimalGraphType>("distanceMetres").Allow(FieldAccess.Readers).Description("From the building's coordinates; null when the building has none.").Resolve(c => c.Source.DistanceMetres);
        Field<NonNullGraphType<BooleanGraphType>>("photoValid").Allow(FieldAccess.Readers).Description("The photo is a JPEG or PNG within the size limit.").Resolve(c => c.Source.PhotoValid);
        Field<NonNullGraphType<BooleanGraphType>>("flagged").Allow(FieldAccess.Readers).Description("A check failed: for review.").Resolve(c => c.Source.Flagged);
        Field<NonNullGraphType<BooleanGraphType>>("sampled").Allow(FieldAccess.Readers).Description("Passed, and drawn for review (one in ten).").Resolve(c => c.Source.Sampled);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("problems").Allow(FieldAccess.Readers).Description("Why it was flagged, in Chinese.").Resolve(c => c.Source.Problems);
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Allow(FieldAccess.Readers).Resolve(c => c.Source.Review is not null);
        Field<BooleanGraphType>("cheating").Allow(FieldAccess.Readers).Description("作弊标记: the reviewer's verdict; null until reviewed.").Resolve(c => c.Source.Review?.Cheating);
        Field<StringGraphType>("reviewNote").Allow(FieldAccess.Readers).Resolve(c => c.Source.Review?.Note);
        Field<StringGraphType>("reviewedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.Review?.ReviewedBy);
        Field<InstantGraphType>("reviewedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.Review?.ReviewedAt);
    }
}

internal sealed class ReviewVisitInputType : InputObjectGraphType
{
    public ReviewVisitInputType()
    {
        Name = "ReviewVisitInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The visit's contact id.");
        Field<NonNullGraphType<BooleanGraphType>>("cheating").Description("作弊标记: true when the visit did not happen as recorded.");
        Field<StringGraphType>("note");
    }
}
