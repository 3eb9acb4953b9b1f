using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Customers;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;

namespace CollectionGrains.GraphQL.Schema.Customers;

/// <summary>客户分级与信用: a household's grade and credit, a supervisor's override, and the group's re-default model.</summary>
internal static class CustomerFields
{
    public static void AddToHousehold(ObjectGraphType<HouseholdNode> household, IGrainFactory grains)
    {
        household.Field<NonNullGraphType<GradeGraphType>>("grade").Allow(FieldAccess.Readers)
            .Description("客户分级 in force: a supervisor's override, or else the automatic grade from the household's bills, payments and contacts.")
            .ResolveAsync(async c => (await Credit(grains, c.Source.Id)).Grade);
        household.Field<NonNullGraphType<GradeGraphType>>("automaticGrade").Allow(FieldAccess.Readers)
            .Description("The grade the rule gives, whether or not a supervisor overrode it.")
            .ResolveAsync(async c => (await Credit(grains, c.Source.Id)).AutomaticGrade);
        household.Field<GradeOverrideGraphType>("gradeOverride").Allow(FieldAccess.Readers)
            .ResolveAsync(async c => (await Credit(grains, c.Source.Id)).Override);
        household.Field<NonNullGraphType<CreditGraphType>>("credit").Allow(FieldAccess.Readers)
            .ResolveAsync(async c => await Credit(grains, c.Source.Id));
    }

    public static void AddQueries(ObjectGraphType query, IGrainFactory grains) =>
        query.Field<CreditModelGraphType>("creditModel").Allow(FieldAccess.Readers)
            .Description("The latest re-default model of a group (the caller's group when none is named), with its holdout evaluation; null before any training.")
            .Argument<IdGraphType>("groupId")
            .ResolveAsync(async c => await grains.GetGrain<ICreditModelGrain>(await GroupAsync(c)).GetAsync());

    public static void AddMutations(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<CreditGraphType>>("overrideGrade").Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Household("input.householdId")))
            .Description("A supervisor sets the household's grade, with a reason (recorded with who and when); grade null clears it. Answers the credit, with the automatic grade beside it.")
            .Argument<NonNullGraphType<OverrideGradeInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var household = Text(input, "householdId");
                var grade = (Grade?)input.GetValueOrDefault("grade");
                var change = grade is { } given
                    ? new GradeOverride(given, Text(input, "reason", 500), Collection.CollectionActors.Of(c).Username, DateTimeOffset.UtcNow.ToOffset(Kernel.BusinessCalendar.Offset))
                    : null;
                return await grains.GetGrain<IHouseholdGrain>(household).OverrideGradeAsync(change);
            });
        mutation.Field<NonNullGraphType<TrainCreditModelPayloadType>>("trainCreditModel").Allow(FieldAccess.For(Role.GroupAdmin).InScopeOf(ScopeCheck.Node("groupId")))
            .Description("Trains a new version of the group's re-default model from its history now (also done monthly); answers its evaluation, or why it could not train.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .ResolveAsync(async c =>
            {
                try
                {
                    return new TrainCreditModelPayload(await grains.GetGrain<ICreditModelGrain>(c.GetArgument<string>("groupId")).TrainAsync(), null);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                {
                    return new TrainCreditModelPayload(null, e.Message);
                }
            });
    }

    private static Task<CreditAssessment> Credit(IGrainFactory grains, string householdId) =>
        grains.GetGrain<IHouseholdGrain>(householdId).GetCreditAsync();

    /// <summary>The caller's own group; another group's model is not theirs to read.</summary>
    private static async Task<string> GroupAsync(IResolveFieldContext context)
    {
        var given = context.GetArgument<string?>("groupId");
        var own = await AccessChecks.UserContextOf(context).Caller!.GroupIdAsync();
        return (given, own) switch
        {
            (null, null) => throw ApiError.BadInput("name the group: your scope is above any group"),
            (null, { } group) => group,
            ({ } asked, { } group) when asked != group => throw ApiError.Forbidden($"{asked} is not your group"),
            ({ } asked, _) => asked,
        };
    }
}

internal sealed class OverrideGradeInputType : InputObjectGraphType
{
    public OverrideGradeInputType()
    {
        Name = "OverrideGradeInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<GradeGraphType>("grade").Description("Null clears the override.");
        Field<StringGraphType>("reason").Description("Why, 1 to 500 characters (required with a grade).");
    }
}

internal sealed record TrainCreditModelPayload(CreditModelReport? Model, string? NotTrainedBecause);

internal sealed class TrainCreditModelPayloadType : ObjectGraphType<TrainCreditModelPayload>
{
    public TrainCreditModelPayloadType()
    {
        Name = "TrainCreditModelPayload";
        Field<CreditModelGraphType>("model").Allow(FieldAccess.Readers).Description("The new version, when it trained.").Resolve(c => c.Source.Model);
        Field<StringGraphType>("notTrainedBecause").Allow(FieldAccess.Readers)
            .Description("Why no model was trained (e.g. too little history: 70 households and 9 months of bills at least).").Resolve(c => c.Source.NotTrainedBecause);
    }
}
