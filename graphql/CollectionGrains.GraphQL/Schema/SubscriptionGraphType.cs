using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType(IGrainFactory grains)
    {
        Name = "Subscription";
        Field<NonNullGraphType<TotalsGraphType>>("totalsChanged")
            .Description("The node's totals now, then again on every change.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .ResolveStreamAsync(async c =>
            {
                var nodeId = c.GetArgument<string>("nodeId");
                if (await grains.GetGrain<IOrgNodeGrain>(nodeId).GetAsync() is null)
                {
                    throw ApiError.NotFound($"organisation node {nodeId} does not exist");
                }
                return new TotalsFeed(grains, nodeId);
            });
    }
}
