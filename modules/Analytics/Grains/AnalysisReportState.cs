namespace CollectionGrains.Analytics;

/// <summary>A node's report schedule as stored, and the first day of the last week and month the schedule delivered.</summary>
[GenerateSerializer, Alias("analytics.AnalysisReportState")]
public sealed class AnalysisReportState
{
    [Id(0)] public ReportSchedule Schedule { get; set; } = ReportSchedule.Off;

    [Id(1)] public DateOnly? LastWeekly { get; set; }

    [Id(2)] public DateOnly? LastMonthly { get; set; }
}
