using Microsoft.Extensions.Logging;

namespace CollectionGrains.Analytics;

/// <summary>The Analytics module's log lines (source-generated).</summary>
internal static partial class AnalyticsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "the scheduled report {Period} of node {Node} failed; tried again at the next hourly check")]
    public static partial void ScheduledReportFailed(this ILogger logger, Exception exception, string node, string period);

    [LoggerMessage(Level = LogLevel.Information, Message = "closed periods: {Nodes} groups, regions and branches asked to keep their closed month and week in {Seconds:F1} s")]
    public static partial void ClosedPeriodsPass(this ILogger logger, int nodes, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "keeping the closed month and week of node {Node} failed; tried again at the next hourly pass")]
    public static partial void ClosedPeriodsNotKept(this ILogger logger, Exception exception, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the closer of periods did not wake or could not start a pass; it tries again at its next start or hourly reminder")]
    public static partial void ClosedPeriodsPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "refreshing the households' standing failed; tried again at the next tick")]
    public static partial void StandingRefreshFailed(this ILogger logger, Exception exception);
}
