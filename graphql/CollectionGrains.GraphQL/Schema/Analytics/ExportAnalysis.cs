using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Kernel;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

/// <summary>exportAnalysis: any analysis as a .xlsx sheet, fetched from the link it answers with the same bearer token.</summary>
internal static class ExportAnalysis
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<DownloadLinkGraphType>>("exportAnalysis").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("input.nodeId")))
            .Description("An analysis as a .xlsx sheet (amounts as numbers, rates as percentages), with the arguments of its query; answers a link to GET with the same bearer token (15 minutes).")
            .Argument<NonNullGraphType<ExportAnalysisInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var request = new AnalysisRequest((AnalysisKind)input["analysis"]!, (string)input["nodeId"]!, (DateOnly?)input.GetValueOrDefault("from"),
                    (DateOnly?)input.GetValueOrDefault("to"), (EffectDimension?)input.GetValueOrDefault("by"), (Period?)input.GetValueOrDefault("period"),
                    (ReasonCut?)input.GetValueOrDefault("cut"), (Period?)input.GetValueOrDefault("fromMonth"), (Period?)input.GetValueOrDefault("toMonth"),
                    (TrendStep?)input.GetValueOrDefault("step"));
                var sheet = await grains.GetGrain<IAnalysisExportGrain>(0).ExportAsync(request);
                return await Schema.ExportArrears.OfferAsync(grains, AccessChecks.UserContextOf(c).Caller!.Account.Username, sheet.FileName, Xlsx, sheet.Content);
            });
    }
}

internal sealed class AnalysisKindGraphType : EnumerationGraphType<AnalysisKind>
{
    public AnalysisKindGraphType() => Name = "AnalysisKind";
}

internal sealed class ExportAnalysisInputType : InputObjectGraphType
{
    public ExportAnalysisInputType()
    {
        Name = "ExportAnalysisInput";
        Description = "EFFECT: from, to, by. REASONS: period, cut. FINANCE: period. ROLL_RATES: fromMonth, toMonth. WEEKLY_REVIEW: from (a day of the week). EXPERIMENTS: nothing more (these two take a project). TREND: from, to, step. CREDIT: nothing more (every model version).";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
        Field<NonNullGraphType<AnalysisKindGraphType>>("analysis");
        Field<CalendarDateGraphType>("from");
        Field<CalendarDateGraphType>("to");
        Field<EffectDimensionGraphType>("by");
        Field<PeriodGraphType>("period");
        Field<ReasonCutGraphType>("cut");
        Field<PeriodGraphType>("fromMonth");
        Field<PeriodGraphType>("toMonth");
        Field<TrendStepGraphType>("step");
    }
}
