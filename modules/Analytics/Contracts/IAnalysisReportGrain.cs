namespace CollectionGrains.Analytics;

/// <summary>
/// A node's analysis reports (key: node id): the schedule that produces them, each report produced (.xlsx and PDF),
/// delivered to the managers whose scope is the node through the messages outbox.
/// </summary>
public interface IAnalysisReportGrain : IGrainWithStringKey
{
    Task<ReportSchedule> GetScheduleAsync();

    /// <summary>Turns the weekly and monthly reports on or off; while one is on, the node produces it when due (hourly check).</summary>
    Task<ReportSchedule> ScheduleAsync(bool weekly, bool monthly, string by);

    /// <summary>
    /// Produces the report of the week or month holding <paramref name="day"/> (a month's figures as of its end, or of
    /// today while it runs; a closed month's from its month-end snapshots, so it reproduces exactly) and delivers it
    /// to the node's managers. The same week or month again replaces the files and is delivered again.
    /// </summary>
    [ResponseTimeout("00:10:00")]
    Task<AnalysisReport> ProduceAsync(ReportCadence cadence, DateOnly day, string by);

    /// <summary>The node's reports, newest period first.</summary>
    Task<IReadOnlyList<AnalysisReport>> ListAsync(int first);

    /// <summary>A report's file, or null when this node has no such report.</summary>
    Task<ReportFile?> ReadFileAsync(string reportId, ReportFormat format);
}
