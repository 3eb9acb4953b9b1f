using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CollectionGrains.Hosting;

/// <summary>
/// Maps <c>GET /health</c> (ready): 200 when PostgreSQL and the cluster answer, 503 otherwise; and <c>GET /health/live</c>:
/// 200 while the process serves HTTP, whatever the database does — a liveness probe on <c>/health</c> would restart every
/// pod while PostgreSQL is down.
/// </summary>
public static class HealthEndpointExtensions
{
    public static IEndpointRouteBuilder MapCollectionGrainsHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (HealthProbe probe, CancellationToken cancellationToken) =>
        {
            var report = await probe.CheckAsync(cancellationToken);
            return Results.Json(report, statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        return endpoints;
    }
}
