namespace CollectionGrains.GraphQL.Schema;

internal sealed class CollectionGrainsSchema : global::GraphQL.Types.Schema
{
    public CollectionGrainsSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, SubscriptionGraphType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "CollectionGrains: arrears collection (物业费催收) for property-management groups.";
        // Introspection as current clients ask for it (graphql-js and GraphiQL with inputValueDeprecation).
        Features.DeprecationOfInputValues = true;
        RegisterVisitor(new Access.AccessEnforcer());
        // Every String and ID a client sends is checked before any resolver runs (control characters, surrogates, id length).
        RegisterType(new Scalars.CheckedStringGraphType());
        RegisterType(new Scalars.CheckedIdGraphType());
    }
}
