using System.Text;
using Microsoft.AspNetCore.Http;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>A callback's body as text, byte for byte as signed, or null (and 413 set) when it is larger than allowed.</summary>
internal static class BoundedBody
{
    public static async Task<string?> ReadAsync(HttpContext http, int maxBytes)
    {
        string? body = null;
        if (http.Request.ContentLength is null || http.Request.ContentLength <= maxBytes)
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(http.RequestAborted);
        }
        if (body is null || Encoding.UTF8.GetByteCount(body) > maxBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }
        return body;
    }
}
