using CollectionGrains.GraphQL.Access;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType(IGrainFactory grains)
    {
        Name = "Subscription";
        Field<NonNullGraphType<TotalsGraphType>>("totalsChanged").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("The node's totals now, then again on every change.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .ResolveStream(c => new TotalsFeed(grains, c.GetArgument<string>("nodeId")));
        Collection.WarningFields.AddSubscriptions(this, grains);
        Targets.TargetFields.AddSubscriptions(this, grains);
    }
}
