using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.GraphQL.Schema;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>Runs one GraphQL request for either transport, with the size limit and the timeout of its operation type.</summary>
internal sealed class GraphQLExecution(IDocumentExecuter<CollectionGrainsSchema> executer, IOptions<GraphQLEndpointOptions> options)
{
    public GraphQLEndpointOptions Options => options.Value;

    /// <summary>The request's operation type when its document parses and names one operation; null otherwise (execution then reports why).</summary>
    public static OperationType? OperationTypeOf(GraphQLRequest request) => ChosenOperation(request)?.Operation;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, HttpContext http, CallerScope? caller, CancellationToken cancellationToken)
    {
        if (request.Query is null || request.Query.Length > Options.MaxDocumentLength)
        {
            return RequestError($"the GraphQL document is missing or longer than {Options.MaxDocumentLength:N0} characters");
        }
        // The operation's span: its type and name, never its variables.
        var operation = ChosenOperation(request);
        var type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        using var activity = Kernel.Telemetry.Source.StartActivity($"GraphQL {type} {operation?.Name?.StringValue ?? "(anonymous)"}");
        activity?.SetTag("graphql.operation.type", type);
        activity?.SetTag("graphql.operation.name", operation?.Name?.StringValue);
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            UserContext = new ApiUserContext(caller, http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            CancellationToken = cancellationToken,
            Timeout = operation?.Operation == OperationType.Mutation ? Options.MutationTimeout : Options.QueryTimeout,
        });
    }

    /// <summary>
    /// Whether a request may run without a token: the operation it runs (the one named by operationName, or the only
    /// one) is a mutation that selects nothing but <c>login</c> or <c>changeMyPassword</c> (and <c>__typename</c>). Other operations of the
    /// document do not run, so a page whose document holds a sign-in and queries can sign in.
    /// </summary>
    public static bool IsLoginOnly(GraphQLRequest request) =>
        ChosenOperation(request) is { Operation: OperationType.Mutation } operation
        && operation.SelectionSet.Selections.All(s => s is GraphQLField { Name.StringValue: "login" or "changeMyPassword" or "__typename" });

    private static GraphQLOperationDefinition? ChosenOperation(GraphQLRequest request)
    {
        try
        {
            var operations = GraphQLParser.Parser.Parse(request.Query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            return request.OperationName is { } name
                ? operations.SingleOrDefault(o => o.Name?.StringValue == name)
                : operations.Count == 1 ? operations[0] : null;
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>A request error: no data, one BAD_USER_INPUT error.</summary>
    public static ExecutionResult RequestError(string message) => new(ApiError.BadInput(message)) { Executed = false };
}
