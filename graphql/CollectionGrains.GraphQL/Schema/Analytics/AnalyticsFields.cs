using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

/// <summary>数据分析: the analyses over the facts the modules append to PostgreSQL.</summary>
internal static class AnalyticsFields
{
    public static void AddQueries(ObjectGraphType query, IGrainFactory grains)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EffectRowGraphType>>>>("effectAnalysis").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("催收效果: the contacts at or below a node from one day to another (both included, at most 366 days), by collector, method, script or child node.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .Argument<NonNullGraphType<EffectDimensionGraphType>>("by")
            .ResolveAsync(async c => await grains.GetGrain<IEffectAnalysisGrain>(c.GetArgument<string>("nodeId"))
                .GetAsync(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.GetArgument<EffectDimension>("by")));
        query.Field<NonNullGraphType<WeeklyReviewGraphType>>("weeklyReview").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("projectId")))
            .Description("周例会: the project's week holding the given day (Monday to Sunday, China time), per collector with the ranking rewards follow.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("week")
            .ResolveAsync(async c => await grains.GetGrain<IWeeklyReviewGrain>(c.GetArgument<string>("projectId")).GetAsync(c.GetArgument<DateOnly>("week")));
    }
}
