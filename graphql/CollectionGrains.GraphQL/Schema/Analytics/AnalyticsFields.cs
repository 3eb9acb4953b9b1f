using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Kernel;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Schema.Collection;
using GraphQL;
using static CollectionGrains.GraphQL.Schema.Collection.CollectionInputs;
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
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RollMonthGraphType>>>>("rollRates").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("迁徙率: how the households at or below a node moved between arrears age buckets, month by month from one month to another (at most 24, up to this one).")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<NonNullGraphType<PeriodGraphType>>("from")
            .Argument<NonNullGraphType<PeriodGraphType>>("to")
            .ResolveAsync(async c => await grains.GetGrain<IRollRateGrain>(c.GetArgument<string>("nodeId")).GetAsync(c.GetArgument<Period>("from"), c.GetArgument<Period>("to")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReasonRowGraphType>>>>("reasonAnalysis").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("欠费原因 at or below a node at a period's end (today for this month): households and overdue principal by reason, cut, with the period's collection rate of each group.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<NonNullGraphType<PeriodGraphType>>("period")
            .Argument<ReasonCutGraphType>("cut", "NONE when left out.")
            .ResolveAsync(async c => await grains.GetGrain<IReasonAnalysisGrain>(c.GetArgument<string>("nodeId"))
                .GetAsync(c.GetArgument<Period>("period"), c.GetArgument("cut", ReasonCut.None)));
        query.Field<NonNullGraphType<FinanceReportGraphType>>("financeReport").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("收费 / 欠费 / 预交 / 应收报表 of a node for a month, by charge item; agrees to the cent with the node's live totals for this month.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<NonNullGraphType<PeriodGraphType>>("period")
            .ResolveAsync(async c => await grains.GetGrain<IFinanceReportGrain>(c.GetArgument<string>("nodeId")).GetAsync(c.GetArgument<Period>("period")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrendPointGraphType>>>>("analysisTrend").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("趋势: a node's figures by month (at most 24; closed months from their month-end snapshots) or by week (at most 26, Monday to Sunday), holding from to to.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .Argument<NonNullGraphType<TrendStepGraphType>>("step")
            .ResolveAsync(async c => await grains.GetGrain<ITrendGrain>(c.GetArgument<string>("nodeId"))
                .GetAsync(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.GetArgument<TrendStep>("step")));
        query.Field<CreditCalibrationGraphType>("creditCalibration").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("客户信用 calibration for any node (the group to a building), from the group's latest model (null before one was trained).")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .ResolveAsync(async c => await grains.GetGrain<ICreditCalibrationGrain>(c.GetArgument<string>("nodeId")).GetAsync());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CreditCalibrationGraphType>>>>("creditCalibrationHistory").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("客户信用 month by month: the calibration of the group's latest model versions (one a month), newest first, each at its holdout cut.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<IntGraphType>("versions", "At most 36; 12 when left out.")
            .ResolveAsync(async c => await grains.GetGrain<ICreditCalibrationGrain>(c.GetArgument<string>("nodeId")).HistoryAsync(c.GetArgument("versions", 12)));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExperimentReportGraphType>>>>("experiments").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("projectId")))
            .Description("话术 A/B: the project's champion–challenger experiments, newest first, with each arm's evidence so far.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .ResolveAsync(async c => await grains.GetGrain<IExperimentReportGrain>(c.GetArgument<string>("projectId")).GetAsync());
    }

    public static void AddMutations(ObjectGraphType mutation, IGrainFactory grains)
    {
        ExportAnalysis.AddTo(mutation, grains);
        var projectInScope = ScopeCheck.Node("input.projectId");
        mutation.Field<NonNullGraphType<ExperimentPayloadType>>("startExperiment").Allow(FieldAccess.CollectionSetup.InScopeOf(projectInScope))
            .Description("Starts a champion–challenger experiment: two scripts of the group's library for one situation, neither in another running experiment of the project.")
            .Argument<NonNullGraphType<StartExperimentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await grains.GetGrain<ICollectionProjectGrain>(Text(input, "projectId")).StartExperimentAsync(
                    new NewScriptExperiment(Text(input, "name", 100), Text(input, "championScriptId", 100), Text(input, "challengerScriptId", 100)), CollectionActors.Of(c));
            });
        mutation.Field<NonNullGraphType<ExperimentPayloadType>>("stopExperiment").Allow(FieldAccess.CollectionSetup.InScopeOf(projectInScope))
            .Description("Stops an experiment; the plan goes back to the champion. Its evidence stays.")
            .Argument<NonNullGraphType<StopExperimentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await grains.GetGrain<ICollectionProjectGrain>(Text(input, "projectId")).StopExperimentAsync(Text(input, "experimentId"), CollectionActors.Of(c));
            });
    }
}
