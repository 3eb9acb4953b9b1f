using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Schema.Collection;
using CollectionGrains.Outreach;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Outreach;

/// <summary>Reaching the owner: pay links, notices, the legal ladder.</summary>
internal static class OutreachMutations
{
    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<PayLinkGraphType>>("revokePayLinks").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("Every pay link of the household issued so far stops working (a link sent to the wrong person); answers a new one.")
            .Argument<NonNullGraphType<RevokePayLinksInputType>>("input")
            .ResolveAsync(async c =>
            {
                var outreach = grains.GetGrain<IHouseholdOutreachGrain>(await HouseholdAsync(grains, Text(Input(c), "householdId")));
                await outreach.RevokePayLinksAsync(CollectionActors.Of(c));
                return await outreach.GetPayLinkAsync();
            });
    }

    /// <summary>The household's id once it is known to exist (NOT_FOUND otherwise): no state is made for an id nobody registered.</summary>
    public static async Task<string> HouseholdAsync(IGrainFactory grains, string householdId) =>
        await grains.GetGrain<Billing.IHouseholdGrain>(householdId).GetProfileAsync() is not null
            ? householdId
            : throw Errors.ApiError.UnknownHousehold(householdId);
}
