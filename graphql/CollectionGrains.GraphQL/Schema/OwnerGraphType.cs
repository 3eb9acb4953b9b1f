using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class OwnerGraphType : ObjectGraphType<Owner>
{
    public OwnerGraphType()
    {
        Name = "Owner";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("phones").Resolve(c => c.Source.Phones);
        Field<NonNullGraphType<CustomerTypeGraphType>>("customerType").Resolve(c => c.Source.CustomerType);
    }
}
