using CollectionGrains.GraphQL.Access;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class OwnerGraphType : ObjectGraphType<Owner>
{
    public OwnerGraphType()
    {
        Name = "Owner";
        Field<NonNullGraphType<StringGraphType>>("name").Allow(FieldAccess.Readers).Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("phones").Allow(FieldAccess.Readers).Resolve(c => c.Source.Phones);
        Field<NonNullGraphType<CustomerTypeGraphType>>("customerType").Allow(FieldAccess.Readers).Resolve(c => c.Source.CustomerType);
    }
}
