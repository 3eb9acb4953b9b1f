using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>GET /exports/{id}: a download made by a mutation, for the user who made it (same bearer token); anyone else, or too late, gets 404.</summary>
internal sealed class DownloadEndpoint(AccessTokens tokens, IGrainFactory grains)
{
    public async Task HandleAsync(HttpContext http, string id)
    {
        if (await tokens.CallerOfAsync(http) is not { } caller)
        {
            return;
        }
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower)
            || await grains.GetGrain<IDownloadGrain>(id).GetAsync() is not { } download || download.Owner != caller.Username)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = download.ContentType;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = "export" + Path.GetExtension(download.FileName),
            FileNameStar = download.FileName,
        }.ToString();
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.Body.WriteAsync(download.Content, http.RequestAborted);
    }
}
