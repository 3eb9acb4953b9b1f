using CollectionGrains.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CollectionGrains.Hosting;

/// <summary>
/// OpenTelemetry for a silo or a front end. Traces: ASP.NET Core, the GraphQL operation, Orleans grain calls, Npgsql.
/// Metrics: ASP.NET Core, the .NET runtime, Orleans, Npgsql and the project's own meter. Exported over OTLP when the
/// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (traces then too), and scraped by Prometheus at <c>/metrics</c>.
/// </summary>
public static class TelemetryExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>Metrics always; traces (and the OTLP exporter) when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.</summary>
    public static IServiceCollection AddCollectionGrainsTelemetry(this IServiceCollection services, string role)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(Telemetry.Name, serviceNamespace: role, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Microsoft.Orleans", "Npgsql", Telemetry.Name)
                .AddPrometheusExporter());
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")))
        {
            services.AddCollectionGrainsTracing();
            telemetry.UseOtlpExporter();
        }
        return services;
    }

    /// <summary>
    /// Traces: ASP.NET Core requests (not the scrapes and health checks), the GraphQL operation, Orleans grain calls and
    /// storage, the group commit and Npgsql. Spans are made only for a traced host: with no exporter they cost for nothing.
    /// </summary>
    public static IServiceCollection AddCollectionGrainsTracing(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithTracing(tracing => tracing
            .AddAspNetCoreInstrumentation(o => o.Filter = http => http.Request.Path != MetricsPath && !http.Request.Path.StartsWithSegments("/health"))
            .AddSource(Telemetry.Name)
            .AddSource(Orleans.Diagnostics.ActivitySources.AllActivitySourceName)
            .AddNpgsql());
        return services;
    }

    /// <summary><c>GET /metrics</c>: the Prometheus text format of every meter above.</summary>
    public static WebApplication MapCollectionGrainsMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
