using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using Microsoft.AspNetCore.Http;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// GET /visits/photo?household=…&amp;contact=…: a visit's photo as stored, for those who review visits (supervisors and
/// above, same bearer token as the API) whose scope covers the household; anyone else gets 404, as for no photo.
/// </summary>
internal sealed class VisitPhotoEndpoint(AccessTokens tokens, IGrainFactory grains)
{
    public async Task HandleAsync(HttpContext http, string householdId, string contactId)
    {
        if (await tokens.CallerOfAsync(http) is not { } caller)
        {
            return;
        }
        if (householdId.Length > 100 || contactId.Length > 100 || !FieldAccess.Managers.Allows(caller.Role)
            || !await new CallerScope(caller, grains).ContainsHouseholdAsync(householdId)
            || await grains.GetGrain<IHouseholdCaseGrain>(householdId).GetVisitPhotoAsync(contactId) is not { } photo)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = photo.ContentType;
        http.Response.Headers.CacheControl = "private, no-store";
        await http.Response.Body.WriteAsync(photo.Content, http.RequestAborted);
    }
}
