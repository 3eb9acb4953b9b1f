using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class ArrearsFilterInputType : InputObjectGraphType
{
    public ArrearsFilterInputType()
    {
        Name = "ArrearsFilter";
        Description = "Which households the arrears list shows; fields left out do not restrict.";
        Field<ListGraphType<NonNullGraphType<AgeBucketGraphType>>>("ageBuckets");
        Field<MoneyGraphType>("minimumAmount").Description("Only households owing at least this much (principal + late fee).");
        Field<BooleanGraphType>("vacant");
        Field<CustomerTypeGraphType>("customerType");
    }

    public static ArrearsFilter Read(Dictionary<string, object?>? input) => input is null
        ? new ArrearsFilter()
        : new ArrearsFilter(
            input.GetValueOrDefault("ageBuckets") is IEnumerable<object> buckets ? [.. buckets.Cast<AgeBucket>()] : null,
            (decimal?)input.GetValueOrDefault("minimumAmount"),
            (bool?)input.GetValueOrDefault("vacant"),
            (CustomerType?)input.GetValueOrDefault("customerType"));
}
