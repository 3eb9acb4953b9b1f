using Microsoft.Extensions.Logging;

namespace CollectionGrains.Service;

/// <summary>The Service module's log lines.</summary>
internal static partial class ServiceLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Service orders of {Household} not yet in the tables or told to the case; retrying")]
    public static partial void ServiceOrdersNotSynced(this ILogger logger, Exception exception, string household);
}
