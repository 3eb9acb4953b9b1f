using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

/// <summary>分析报告: a node's reports, its schedule, producing one now, and each report's files behind a download link.</summary>
internal static class ReportFields
{
    public static void AddQueries(ObjectGraphType query, IGrainFactory grains)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisReportGraphType>>>>("analysisReports").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("The node's analysis reports, newest period first.")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<IntGraphType>("first", "At most 200; 20 when left out.")
            .ResolveAsync(async c => await grains.GetGrain<IAnalysisReportGrain>(c.GetArgument<string>("nodeId")).ListAsync(c.GetArgument("first", 20)));
        query.Field<NonNullGraphType<ReportScheduleGraphType>>("reportSchedule").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .ResolveAsync(async c => await grains.GetGrain<IAnalysisReportGrain>(c.GetArgument<string>("nodeId")).GetScheduleAsync());
    }

    public static void AddMutations(ObjectGraphType mutation, IGrainFactory grains)
    {
        var nodeInScope = ScopeCheck.Node("input.nodeId");
        mutation.Field<NonNullGraphType<ReportScheduleGraphType>>("scheduleReports").Allow(FieldAccess.Managers.InScopeOf(nodeInScope))
            .Description("Turns the node's weekly and monthly reports on or off.")
            .Argument<NonNullGraphType<ScheduleReportsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await grains.GetGrain<IAnalysisReportGrain>((string)input["nodeId"]!).ScheduleAsync((bool)input["weekly"]!, (bool)input["monthly"]!, Username(c));
            });
        mutation.Field<NonNullGraphType<AnalysisReportGraphType>>("produceReport").Allow(FieldAccess.Managers.InScopeOf(nodeInScope))
            .Description("Produces the node's report of a week or month now (a closed month's from its month-end snapshots) and delivers it to the node's managers.")
            .Argument<NonNullGraphType<ProduceReportInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await grains.GetGrain<IAnalysisReportGrain>((string)input["nodeId"]!).ProduceAsync((ReportCadence)input["cadence"]!, (DateOnly)input["day"]!, Username(c));
            });
        mutation.Field<NonNullGraphType<DownloadLinkGraphType>>("downloadReport").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("nodeId")))
            .Description("A report's .xlsx or PDF behind a link to GET with the same bearer token (15 minutes).")
            .Argument<NonNullGraphType<IdGraphType>>("nodeId")
            .Argument<NonNullGraphType<IdGraphType>>("reportId")
            .Argument<NonNullGraphType<ReportFormatGraphType>>("format")
            .ResolveAsync(async c =>
            {
                var (nodeId, reportId) = (c.GetArgument<string>("nodeId"), c.GetArgument<string>("reportId"));
                var file = await grains.GetGrain<IAnalysisReportGrain>(nodeId).ReadFileAsync(reportId, c.GetArgument<ReportFormat>("format"))
                    ?? throw CollectionGrains.Collection.CollectionRejectedException.NotFound($"node {nodeId} has no report {reportId}");
                return await ExportArrears.OfferAsync(grains, Username(c), file.FileName, file.ContentType, file.Content);
            });
    }

    private static string Username(IResolveFieldContext context) => AccessChecks.UserContextOf(context).Caller!.Account.Username;
}
