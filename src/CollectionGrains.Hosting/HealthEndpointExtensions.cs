using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CollectionGrains.Hosting;

/// <summary>Maps <c>GET /health</c>: 200 when PostgreSQL and the cluster answer, 503 otherwise.</summary>
public static class HealthEndpointExtensions
{
    public static IEndpointRouteBuilder MapCollectionGrainsHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (HealthProbe probe, CancellationToken cancellationToken) =>
        {
            var report = await probe.CheckAsync(cancellationToken);
            return Results.Json(report, statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
