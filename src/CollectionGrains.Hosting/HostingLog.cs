using Microsoft.Extensions.Logging;

namespace CollectionGrains.Hosting;

/// <summary>The hosting layer's log lines (source-generated).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A group commit of {Rows} grain states failed; writing them one by one")]
    public static partial void GroupCommitFailed(this ILogger logger, Exception exception, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A read of {Rows} grain states failed; reading them again on a new connection")]
    public static partial void GroupReadRetried(this ILogger logger, Exception exception, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Batch} journal write failed")]
    public static partial void JournalWriteFailed(this ILogger logger, Exception exception, string batch);

    [LoggerMessage(Level = LogLevel.Debug, Message = "a gauge's query failed; it keeps its last value")]
    public static partial void GaugeQueryFailed(this ILogger logger, Exception exception);
}
