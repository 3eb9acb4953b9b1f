using Microsoft.Extensions.Logging;

namespace CollectionGrains.Hosting;

/// <summary>
/// The console log of a silo or front end: each line with the trace and span it belongs to (as a scope; inside grains
/// there is one when the host is traced), as text, or as one JSON object a line when <c>CG_LOG_FORMAT=json</c>.
/// </summary>
public static class ConsoleLogging
{
    public static ILoggingBuilder AddCollectionGrainsConsole(this ILoggingBuilder logging)
    {
        logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        logging.ClearProviders();
        if (string.Equals(Environment.GetEnvironmentVariable("CG_LOG_FORMAT"), "json", StringComparison.OrdinalIgnoreCase))
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            logging.AddSimpleConsole(o => o.IncludeScopes = true);
        }
        return logging;
    }
}
