using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Schema.Outreach;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>Visit proof's mutations: a supervisor's review of a visit (作弊标记), and revoking a household's door code.</summary>
internal static class VisitMutations
{
    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<ReviewVisitPayloadType>>("reviewVisit").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("作弊标记: a supervisor's verdict on a visit (flagged or sampled, or any other), with a note; given again, the latest stands.")
            .Argument<NonNullGraphType<ReviewVisitInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var household = Text(input, "householdId");
                var contact = await grains.GetGrain<IHouseholdCaseGrain>(household).ReviewVisitAsync(Text(input, "contactId", 100),
                    (bool)input["cheating"]!, OptionalText(input, "note", 1000), CollectionActors.Of(c));
                return new ContactReceipt(household, contact, true);
            });
        mutation.Field<NonNullGraphType<DoorQrTokenPayloadType>>("revokeDoorQrToken").Allow(FieldAccess.Managers.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("The household's door code stops proving visits (a label torn off or copied); answers the new code to print.")
            .Argument<NonNullGraphType<HouseholdInputType>>("input")
            .ResolveAsync(async c =>
            {
                var household = await OutreachMutations.HouseholdAsync(grains, Text(Input(c), "householdId"));
                return (household, await grains.GetGrain<IHouseholdCaseGrain>(household).RevokeDoorCodeAsync(CollectionActors.Of(c)));
            });
    }
}

internal sealed class ReviewVisitPayloadType : ObjectGraphType<ContactReceipt>
{
    public ReviewVisitPayloadType()
    {
        Name = "ReviewVisitPayload";
        Field<NonNullGraphType<ContactGraphType>>("contact").Allow(FieldAccess.Readers).Resolve(c => c.Source.Contact);
    }
}

internal sealed class DoorQrTokenPayloadType : ObjectGraphType<(string HouseholdId, string Code)>
{
    public DoorQrTokenPayloadType()
    {
        Name = "DoorQrTokenPayload";
        Field<NonNullGraphType<IdGraphType>>("householdId").Allow(FieldAccess.Managers).Resolve(c => c.Source.HouseholdId);
        Field<NonNullGraphType<StringGraphType>>("doorQrToken").Allow(FieldAccess.Managers).Description("The new code, to print on a new label.").Resolve(c => c.Source.Code);
    }
}
