using CollectionGrains.GraphQL.Access;
using CollectionGrains.Outreach;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// GET /notices/{id}/pdf: a notice's PDF exactly as sent, for a signed-in user whose scope covers the household (same
/// bearer token as the API); anyone else gets 404, as for a notice that does not exist.
/// </summary>
internal sealed class NoticeEndpoint(AccessTokens tokens, IGrainFactory grains)
{
    public async Task HandleAsync(HttpContext http, string noticeId)
    {
        if (await tokens.CallerOfAsync(http) is not { } caller)
        {
            return;
        }
        if (noticeId.Length > 100 || await grains.GetGrain<INoticeArchiveGrain>(0).GetAsync(noticeId) is not { } document
            || !await new CallerScope(caller, grains).ContainsHouseholdAsync(document.Notice.HouseholdId))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = "application/pdf";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline")
        {
            FileName = "notice.pdf",
            FileNameStar = $"{noticeId}.pdf",
        }.ToString();
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.ETag = $"\"{document.Notice.DocumentHash}\"";
        await http.Response.Body.WriteAsync(document.Pdf, http.RequestAborted);
    }
}
