using Microsoft.Extensions.Logging;

namespace CollectionGrains.Analytics;

/// <summary>The Analytics module's log lines (source-generated).</summary>
internal static partial class AnalyticsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "the scheduled report {Period} of node {Node} failed; tried again at the next hourly check")]
    public static partial void ScheduledReportFailed(this ILogger logger, Exception exception, string node, string period);
}
