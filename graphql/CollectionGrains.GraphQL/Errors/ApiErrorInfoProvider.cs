using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Serialization;

namespace CollectionGrains.GraphQL.Errors;

/// <summary>
/// Gives every error a message for people and exactly one code from <see cref="ErrorCodes"/>. Request errors (syntax,
/// validation, variables, limits) are BAD_USER_INPUT; refusals of the domain keep their message and code; anything
/// else is INTERNAL with a reference to the log, and nothing of the exception leaves the server.
/// </summary>
internal sealed class ApiErrorInfoProvider(ILogger<ApiErrorInfoProvider> logger) : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError error)
    {
        var (code, message) = Classify(error);
        Kernel.Telemetry.GraphQLErrors.Add(1, new KeyValuePair<string, object?>("code", code));
        return new ErrorInfo { Message = message, Extensions = new Dictionary<string, object?> { ["code"] = code } };
    }

    private (string Code, string Message) Classify(ExecutionError error)
    {
        if (error is ApiError api)
        {
            return (api.ApiCode, api.Message);
        }
        if (error is DocumentError)
        {
            // A scalar's refusal (FormatException) says what the value must be: keep it in the message.
            return (ErrorCodes.BadUserInput, error.InnerException is FormatException { Message: var why } && !error.Message.Contains(why, StringComparison.Ordinal)
                ? $"{error.Message} {why}"
                : error.Message);
        }
        if (Known(error.InnerException) is { } known)
        {
            if (known.Message == Unavailable)
            {
                var cause = ExceptionChain.Of(error.InnerException).First(IsUnavailable);
                logger.Unavailable(cause.GetType().Name, cause.Message.Length > 300 ? cause.Message[..300] : cause.Message);
            }
            return known;
        }
        if (error.InnerException is null && error.Code is "TIMEOUT" or "OPERATION_CANCELED")
        {
            return (ErrorCodes.Internal, "the request did not complete in time; try again");
        }
        var reference = Guid.NewGuid().ToString("N")[..12];
        logger.InternalError(error.InnerException ?? error, reference, error.Message);
        return (ErrorCodes.Internal, $"internal error (reference {reference})");
    }

    private const string Unavailable =
        "temporarily unavailable (database or cluster): nothing was acknowledged; retry the same request (a payment with the same paymentId is applied at most once)";

    /// <summary>
    /// PostgreSQL down, a silo gone, or a write refused because another activation of the grain wrote first (while
    /// silos join or leave): the kinds of failure a retry of the same request gets past.
    /// </summary>
    private static bool IsUnavailable(Exception exception) => exception switch
    {
        _ when ClusterRetry.IsRefusal(exception) => true,
        UnavailableExceptionFallbackException { ExceptionType: { } type } => type.StartsWith("Npgsql", StringComparison.Ordinal),
        _ => exception.GetType().Namespace?.StartsWith("Npgsql", StringComparison.Ordinal) == true,
    };

    /// <summary>The code of an error from a resolver, looking through wrapping exceptions: INTERNAL when it is not one we raise on purpose.</summary>
    public static string CodeOf(Exception exception) =>
        exception is ApiError api ? api.ApiCode : Known(exception)?.Code ?? ErrorCodes.Internal;

    private static (string Code, string Message)? Known(Exception? exception)
    {
        foreach (var inner in ExceptionChain.Of(exception))
        {
            switch (inner)
            {
                case ApiError api:
                    return (api.ApiCode, api.Message);
                case LedgerRejectedException ledger:
                    return (ledger.Code switch
                    {
                        LedgerErrorCode.NotFound => ErrorCodes.NotFound,
                        LedgerErrorCode.Conflict => ErrorCodes.Conflict,
                        _ => ErrorCodes.BadUserInput,
                    }, ledger.Message);
                case CollectionGrains.Collection.CollectionRejectedException collection:
                    return (collection.Code switch
                    {
                        CollectionGrains.Collection.CollectionErrorCode.NotFound => ErrorCodes.NotFound,
                        CollectionGrains.Collection.CollectionErrorCode.Conflict => ErrorCodes.Conflict,
                        CollectionGrains.Collection.CollectionErrorCode.Forbidden => ErrorCodes.Forbidden,
                        _ => ErrorCodes.BadUserInput,
                    }, collection.Message);
                case OrganisationRejectedException organisation:
                    return (ErrorCodes.BadUserInput, organisation.Message);
                case GraphQLParser.Exceptions.GraphQLMaxDepthExceededException:
                    return (ErrorCodes.BadUserInput, "the document is nested too deeply to parse; ask for fewer levels in one request");
                case GraphQLParser.Exceptions.GraphQLParserException parser:
                    return (ErrorCodes.BadUserInput, parser.Message);
                case AccessRejectedException access:
                    return (ErrorCodes.BadUserInput, access.Message);
                case TimeoutException or OperationCanceledException:
                    return (ErrorCodes.Internal, "the request did not complete in time; try again");
                case var _ when IsUnavailable(inner):
                    return (ErrorCodes.Internal, Unavailable);
            }
        }
        return null;
    }
}
