using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class AgeBucketAmountGraphType : ObjectGraphType<AgeBucketAmount>
{
    public AgeBucketAmountGraphType()
    {
        Name = "AgeBucketAmount";
        Field<NonNullGraphType<AgeBucketGraphType>>("bucket").Resolve(c => c.Source.Bucket);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Resolve(c => c.Source.Amount);
    }
}
