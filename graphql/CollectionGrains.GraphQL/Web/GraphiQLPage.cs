using Microsoft.AspNetCore.Http;

namespace CollectionGrains.GraphQL;

/// <summary>
/// GraphiQL in the browser at <c>/graphql</c>, with its scripts (GraphiQL, React, graphql-ws from npm, built into this
/// assembly) under <c>/graphql/assets/</c>.
/// </summary>
internal static class GraphiQLPage
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
    };

    public static Task WriteAsync(HttpContext http) => WriteResourceAsync(http, "graphiql.html");

    public static Task WriteAssetAsync(HttpContext http, string name) =>
        name.Contains('/') || name.Contains("..") ? NotFound(http) : WriteResourceAsync(http, name);

    private static async Task WriteResourceAsync(HttpContext http, string name)
    {
        await using var resource = typeof(GraphiQLPage).Assembly.GetManifestResourceStream("web/" + name);
        if (resource is null)
        {
            await NotFound(http);
            return;
        }
        http.Response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
        http.Response.Headers.CacheControl = name.EndsWith(".html", StringComparison.Ordinal) ? "no-cache" : "public, max-age=86400";
        await resource.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static Task NotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return http.Response.WriteAsync("not found (front-end packages are installed by deploy/run.sh: npm ci in graphql/web)\n");
    }
}
