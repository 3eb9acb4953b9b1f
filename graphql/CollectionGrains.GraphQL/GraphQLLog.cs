using Microsoft.Extensions.Logging;

namespace CollectionGrains.GraphQL;

/// <summary>The API's log lines (source-generated); never a request's variables or tokens.</summary>
internal static partial class GraphQLLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL internal error {Reference}: {Message}")]
    public static partial void InternalError(this ILogger logger, Exception exception, string reference, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GraphQL answered temporarily unavailable: {Type}: {Message}")]
    public static partial void Unavailable(this ILogger logger, string type, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL socket ended")]
    public static partial void SocketEnded(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL operation {Id} ended with its socket")]
    public static partial void SocketOperationEnded(this ILogger logger, Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GraphQL socket from {Address} does not read: {Count} messages waiting; closing it")]
    public static partial void SocketNotReading(this ILogger logger, System.Net.IPAddress? address, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL socket close to a stalled client failed")]
    public static partial void StalledSocketCloseFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL socket send failed")]
    public static partial void SocketSendFailed(this ILogger logger, Exception exception);
}
