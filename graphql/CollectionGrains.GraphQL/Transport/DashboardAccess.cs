using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// The Orleans Dashboard at <c>/dashboard</c>, for the group admin only. A browser sends no bearer token, so the page
/// is opened once as <c>/dashboard/?token=…</c> (a group admin's API token): the token is checked, kept in an HttpOnly
/// cookie for this path only, and the address without it is loaded. Every request of the dashboard (page, scripts, its
/// JSON) then needs that cookie or a bearer token of a group admin; anyone else gets 401.
/// </summary>
internal static class DashboardAccess
{
    public const string Path = "/dashboard";
    private const string Cookie = "cg_dashboard";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapOrleansDashboard(Path).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var tokens = http.RequestServices.GetRequiredService<AccessTokens>();
            if (http.Request.Query["token"] is [{ } offered])
            {
                if (await GroupAdminAsync(tokens, offered) is not { } expires)
                {
                    return Results.Text("集团管理员方可查看 / group admin only", statusCode: StatusCodes.Status401Unauthorized);
                }
                http.Response.Cookies.Append(Cookie, offered, new CookieOptions
                {
                    HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = Path, Expires = expires,
                });
                return Results.Redirect(Path + "/");
            }
            var token = AccessTokens.BearerToken(http.Request.Headers.Authorization) ?? http.Request.Cookies[Cookie];
            return token is not null && await GroupAdminAsync(tokens, token) is not null
                ? await next(context)
                : Results.Text("集团管理员方可查看：请以 /dashboard/?token=<令牌> 打开 / group admin only: open /dashboard/?token=<token>",
                    statusCode: StatusCodes.Status401Unauthorized);
        });

    /// <summary>The token's expiry when it is a valid token of a group admin; else null.</summary>
    private static async Task<DateTimeOffset?> GroupAdminAsync(AccessTokens tokens, string token) =>
        await tokens.ValidateAsync(token) is { Account.Role: Role.GroupAdmin } valid ? valid.ExpiresAt : null;
}
