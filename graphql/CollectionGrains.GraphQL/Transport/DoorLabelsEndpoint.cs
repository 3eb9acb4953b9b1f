using CollectionGrains.GraphQL.Access;
using CollectionGrains.Outreach;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// GET /buildings/{id}/door-labels.pdf: the building's door labels to print, for supervisors and above whose scope
/// covers it (same bearer token as the API); anyone else — a collector above all — gets 404, as for no building.
/// </summary>
internal sealed class DoorLabelsEndpoint(AccessTokens tokens, IGrainFactory grains)
{
    public const string Prefix = "/buildings";

    public static string PathOf(string buildingId) => $"{Prefix}/{Uri.EscapeDataString(buildingId)}/door-labels.pdf";

    public async Task HandleAsync(HttpContext http, string buildingId)
    {
        if (await tokens.CallerOfAsync(http) is not { } caller)
        {
            return;
        }
        if (buildingId.Length > 100 || !FieldAccess.Managers.Allows(caller.Role) || !await new CallerScope(caller, grains).ContainsNodeAsync(buildingId)
            || await grains.GetGrain<IDoorLabelsGrain>(buildingId).RenderAsync() is not { } pdf)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = "application/pdf";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = "door-labels.pdf" }.ToString();
        http.Response.Headers.CacheControl = "private, no-store";
        await http.Response.Body.WriteAsync(pdf, http.RequestAborted);
    }
}
