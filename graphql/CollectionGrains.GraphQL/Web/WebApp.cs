using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CollectionGrains.GraphQL;

/// <summary>
/// The web app (graphql/web/app: the dashboard, the collector's phone page, the supervisor's console) at <c>/</c>, its
/// files and the npm scripts it uses (ECharts, jsQR, graphql-ws) under <c>/app/</c>, all built into this assembly. Each
/// file is answered with a strong ETag and <c>no-cache</c>, so a browser revalidates with one small request and gets a
/// new version at once; gzip when the browser takes it.
/// </summary>
internal static class WebApp
{
    private const string Prefix = "app/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
    }.ToFrozenDictionary();

    private sealed record File(byte[] Plain, byte[] Gzipped, string ETag, string ContentType);

    private static readonly Lazy<FrozenDictionary<string, File>> Files = new(Load);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http) => WriteAsync(http, "index.html"));
        endpoints.MapGet("/sw.js", (HttpContext http) => WriteAsync(http, "sw.js")); // a service worker's scope is where it is served
        endpoints.MapGet("/app/{**path}", (HttpContext http, string path) => WriteAsync(http, path));
    }

    private static async Task WriteAsync(HttpContext http, string path)
    {
        if (!Files.Value.TryGetValue(path, out var file))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var headers = http.Response.Headers;
        headers.ETag = file.ETag;
        headers.CacheControl = "no-cache";
        headers.Vary = "Accept-Encoding";
        headers.XContentTypeOptions = "nosniff";
        if (http.Request.Headers.IfNoneMatch == file.ETag)
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = file.ContentType;
        var gzip = http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (gzip)
        {
            headers.ContentEncoding = "gzip";
        }
        var body = gzip ? file.Gzipped : file.Plain;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static FrozenDictionary<string, File> Load()
    {
        var assembly = typeof(WebApp).Assembly;
        var files = new Dictionary<string, File>();
        // graphql-ws is built in once, for GraphiQL; the app serves it as one of its own.
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => (Resource: n, Path: n[Prefix.Length..])).Append(("web/graphql-ws.min.js", "vendor/graphql-ws.min.js"));
        foreach (var (name, path) in names)
        {
            using var resource = assembly.GetManifestResourceStream(name);
            if (resource is null)
            {
                continue; // npm packages not installed (graphql/web/install.sh)
            }
            using var plain = new MemoryStream();
            resource.CopyTo(plain);
            var bytes = plain.ToArray();
            using var gzipped = new MemoryStream();
            using (var compressor = new GZipStream(gzipped, CompressionLevel.SmallestSize))
            {
                compressor.Write(bytes);
            }
            var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..20]}\"";
            files[path] = new File(bytes, gzipped.ToArray(), tag, ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"));
        }
        return files.ToFrozenDictionary();
    }
}
