using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters — <c>query</c> (a string), <c>operationName</c> (string or null),
/// <c>variables</c> and <c>extensions</c> (maps or null) — from a JSON body, a query string, or a WebSocket payload.
/// Anything else is a request error with a message saying which parameter is wrong.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public bool TryReadBody(ReadOnlyMemory<byte> body, out GraphQLRequest request, out string error)
    {
        request = new GraphQLRequest();
        try
        {
            using var document = JsonDocument.Parse(body);
            return TryRead(document.RootElement, out request, out error);
        }
        catch (JsonException)
        {
            error = "the request body is not valid JSON";
            return false;
        }
    }

    public bool TryRead(JsonElement parameters, out GraphQLRequest request, out string error)
    {
        request = new GraphQLRequest();
        error = "";
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            error = "the request must be a JSON object with a query";
            return false;
        }
        if (!parameters.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            error = "query must be a string holding a GraphQL document";
            return false;
        }
        request.Query = query.GetString();
        if (parameters.TryGetProperty("operationName", out var name) && name.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            error = "operationName must be a string or null";
            return false;
        }
        request.OperationName = name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        if (!TryReadMap(parameters, "variables", out var variables, ref error) || !TryReadMap(parameters, "extensions", out var extensions, ref error))
        {
            return false;
        }
        request.Variables = variables;
        request.Extensions = extensions;
        return true;
    }

    public bool TryReadQueryString(IQueryCollection query, out GraphQLRequest request, out string error)
    {
        request = new GraphQLRequest();
        error = "";
        if (query["query"] is not [{ } document])
        {
            error = "a GET request carries the GraphQL document in the query parameter 'query'";
            return false;
        }
        request.Query = document;
        request.OperationName = query["operationName"] is [{ Length: > 0 } operationName] ? operationName : null;
        foreach (var map in (string[])["variables", "extensions"])
        {
            if (query[map] is not [{ Length: > 0 } json])
            {
                continue;
            }
            try
            {
                using var parsed = JsonDocument.Parse(json);
                if (parsed.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    error = $"{map} must be a JSON object";
                    return false;
                }
                var inputs = serializer.ReadNode<Inputs>(parsed.RootElement);
                if (map == "variables")
                {
                    request.Variables = inputs;
                }
                else
                {
                    request.Extensions = inputs;
                }
            }
            catch (JsonException)
            {
                error = $"{map} is not valid JSON";
                return false;
            }
        }
        return true;
    }

    private bool TryReadMap(JsonElement parameters, string name, out Inputs? map, ref string error)
    {
        map = null;
        if (!parameters.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"{name} must be a map (JSON object) or null";
            return false;
        }
        map = serializer.ReadNode<Inputs>(value);
        return true;
    }
}
