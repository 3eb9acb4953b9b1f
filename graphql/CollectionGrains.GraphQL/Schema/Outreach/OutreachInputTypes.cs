using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Outreach;

internal sealed class RevokePayLinksInputType : InputObjectGraphType
{
    public RevokePayLinksInputType()
    {
        Name = "RevokePayLinksInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
    }
}
