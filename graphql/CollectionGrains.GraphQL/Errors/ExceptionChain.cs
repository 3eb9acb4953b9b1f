namespace CollectionGrains.GraphQL.Errors;

/// <summary>An exception and the ones it wraps, outermost first.</summary>
internal static class ExceptionChain
{
    public static IEnumerable<Exception> Of(Exception? exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            yield return inner;
        }
    }
}
