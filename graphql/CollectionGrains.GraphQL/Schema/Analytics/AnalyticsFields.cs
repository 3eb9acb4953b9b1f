using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

/// <summary>数据分析: the analyses over the facts the modules append to PostgreSQL.</summary>
internal static class AnalyticsFields
{
    public static void AddQueries(ObjectGraphType query, IGrainFactory grains) =>
        query.Field<NonNullGraphType<WeeklyReviewGraphType>>("weeklyReview").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("projectId")))
            .Description("周例会: the project's week holding the given day (Monday to Sunday, China time), per collector with the ranking rewards follow.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("week")
            .ResolveAsync(async c => await grains.GetGrain<IWeeklyReviewGrain>(c.GetArgument<string>("projectId")).GetAsync(c.GetArgument<DateOnly>("week")));
}
