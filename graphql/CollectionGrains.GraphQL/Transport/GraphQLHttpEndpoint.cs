using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP draft): POST with <c>application/json</c>, GET for queries only (405 for
/// mutations), responses as <c>application/graphql-response+json</c> (request errors → 400) or <c>application/json</c>
/// (200 once the request is well-formed, even when its document fails; 400 when it is not); 406 for an Accept it cannot meet, 415 for a body that is not JSON
/// in UTF-8, 413 for an oversize body, 401 (UNAUTHENTICATED) for a bad token or for anything but login without one. A browser asking for HTML gets GraphiQL.
/// </summary>
internal sealed class GraphQLHttpEndpoint(GraphQLExecution execution, GraphQLRequestReader reader, IGraphQLTextSerializer serializer, AccessTokens tokens, IGrainFactory grains)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    public async Task HandleAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("query") && AcceptsHtml(http.Request))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }
        var mediaType = ResponseMediaType(http.Request);
        if (mediaType is null)
        {
            await PlainAsync(http, StatusCodes.Status406NotAcceptable, $"responses are {GraphQLResponseJson} or {Json}");
            return;
        }
        GraphQLRequest request;
        string error;
        bool understood;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            if (!IsJsonInUtf8(http.Request.ContentType))
            {
                await PlainAsync(http, StatusCodes.Status415UnsupportedMediaType, $"POST a body of {Json} (UTF-8)");
                return;
            }
            var body = await ReadBodyAsync(http);
            if (body is null)
            {
                await PlainAsync(http, StatusCodes.Status413PayloadTooLarge, $"the request body is larger than {execution.Options.MaxBodyBytes:N0} bytes");
                return;
            }
            understood = reader.TryReadBody(body.Value, out request, out error);
        }
        else if (HttpMethods.IsGet(http.Request.Method))
        {
            understood = reader.TryReadQueryString(http.Request.Query, out request, out error);
            if (understood && GraphQLExecution.OperationTypeOf(request) is OperationType.Mutation or OperationType.Subscription)
            {
                http.Response.Headers.Allow = "POST";
                await PlainAsync(http, StatusCodes.Status405MethodNotAllowed, "GET runs queries only; send mutations with POST");
                return;
            }
        }
        else
        {
            http.Response.Headers.Allow = "GET, POST";
            await PlainAsync(http, StatusCodes.Status405MethodNotAllowed, "use GET or POST");
            return;
        }
        CallerScope? caller = null;
        if (understood)
        {
            var authorization = http.Request.Headers.Authorization.ToString();
            if (authorization.Length > 0)
            {
                caller = AccessTokens.BearerToken(authorization) is { } token && await tokens.ValidateAsync(token) is { } valid
                    ? new CallerScope(valid.Account, grains)
                    : null;
                if (caller is null)
                {
                    await UnauthenticatedAsync(http, mediaType, "the token is malformed, forged, expired or signed with an unknown key; sign in again");
                    return;
                }
            }
            else if (!GraphQLExecution.IsLoginOnly(request))
            {
                await UnauthenticatedAsync(http, mediaType, "sign in first: send Authorization: Bearer <token> (from Mutation.login)");
                return;
            }
        }
        var result = understood
            ? await execution.ExecuteAsync(request, http, caller, http.RequestAborted)
            : GraphQLExecution.RequestError(error);
        // A request that is not well-formed (body not JSON, parameters of the wrong type) is 400 in either media type;
        // a well-formed one whose document fails (syntax, validation, variables) is 400 only for graphql-response+json.
        http.Response.StatusCode = !understood || (mediaType == GraphQLResponseJson && !result.Executed)
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>401 with a Bearer challenge and one UNAUTHENTICATED error; nothing ran.</summary>
    private async Task UnauthenticatedAsync(HttpContext http, string mediaType, string message)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult(ApiError.Unauthenticated(message)) { Executed = false }, http.RequestAborted);
    }

    /// <summary>The media type to answer in, from the Accept header (none or */* → application/json), or null when none fits.</summary>
    private static string? ResponseMediaType(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(HeaderNames.Accept, out var accept) || string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }
        foreach (var range in ranges.Where(r => r.Quality is not 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var type = range.MediaType.Value?.ToLowerInvariant();
            switch (type)
            {
                case GraphQLResponseJson:
                    return GraphQLResponseJson;
                case Json or "application/*" or "*/*":
                    return Json;
            }
        }
        return null;
    }

    private static bool IsJsonInUtf8(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Value is null || string.Equals(type.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The whole body, or null when it is larger than the limit.</summary>
    private async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpContext http)
    {
        var limit = execution.Options.MaxBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static async Task PlainAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message + "\n", http.RequestAborted);
    }
}
