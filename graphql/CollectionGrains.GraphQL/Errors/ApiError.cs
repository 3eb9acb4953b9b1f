using GraphQL;

namespace CollectionGrains.GraphQL.Errors;

/// <summary>An error a resolver raises on purpose, with one of the <see cref="ErrorCodes"/>.</summary>
internal sealed class ApiError(string code, string message) : ExecutionError(message)
{
    public string ApiCode { get; } = code;

    public static ApiError BadInput(string message) => new(ErrorCodes.BadUserInput, message);

    public static ApiError NotFound(string message) => new(ErrorCodes.NotFound, message);

    public static ApiError Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public static ApiError Unauthenticated(string message) => new(ErrorCodes.Unauthenticated, message);

    /// <summary>What an unknown node id answers; a node outside the caller's scope answers the same.</summary>
    public static ApiError UnknownNode(string nodeId) => NotFound($"organisation node {nodeId} does not exist");

    public static ApiError UnknownTask(string taskId) => NotFound($"task {taskId} does not exist");

    public static ApiError UnknownCollector(string username) => NotFound($"collector {username} does not exist");

    /// <summary>What an unknown household id answers; a household outside the caller's scope answers the same.</summary>
    public static ApiError UnknownHousehold(string householdId) => NotFound($"household {householdId} does not exist");
}
