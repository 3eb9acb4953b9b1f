using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class AgeBucketAmountGraphType : ObjectGraphType<AgeBucketAmount>
{
    public AgeBucketAmountGraphType()
    {
        Name = "AgeBucketAmount";
        Field<NonNullGraphType<AgeBucketGraphType>>("bucket").Allow(FieldAccess.Readers).Resolve(c => c.Source.Bucket);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Allow(FieldAccess.Readers).Resolve(c => c.Source.Amount);
    }
}
