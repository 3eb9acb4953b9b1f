using Microsoft.Extensions.Logging;

namespace CollectionGrains.Organisation;

/// <summary>The Organisation module's log lines (source-generated).</summary>
internal static partial class OrganisationLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {NodeId} could not persist its totals{Retry}")]
    public static partial void NodeNotPersisted(this ILogger logger, Exception exception, string nodeId, string retry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {NodeId} was written elsewhere since it was read; reloading it")]
    public static partial void NodeWrittenElsewhere(this ILogger logger, Exception exception, string nodeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {NodeId} could not reload its state; retrying")]
    public static partial void NodeNotReloaded(this ILogger logger, Exception exception, string nodeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {NodeId} could not report to {ParentId}; retrying")]
    public static partial void NodeNotReported(this ILogger logger, Exception exception, string nodeId, string parentId);
}
