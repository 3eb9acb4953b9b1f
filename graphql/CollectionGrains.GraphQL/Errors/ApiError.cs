using GraphQL;

namespace CollectionGrains.GraphQL.Errors;

/// <summary>An error a resolver raises on purpose, with one of the <see cref="ErrorCodes"/>.</summary>
internal sealed class ApiError(string code, string message) : ExecutionError(message)
{
    public string ApiCode { get; } = code;

    public static ApiError BadInput(string message) => new(ErrorCodes.BadUserInput, message);

    public static ApiError NotFound(string message) => new(ErrorCodes.NotFound, message);
}
