namespace CollectionGrains.Collection;

/// <summary>A call the collection rules refused, for a reason the caller can act on; nothing was changed.</summary>
[GenerateSerializer, Alias("collection.CollectionRejectedException")]
public sealed class CollectionRejectedException : Exception
{
    public CollectionRejectedException(CollectionErrorCode code, string message) : base(message) => Code = code;

    public CollectionRejectedException()
    {
    }

    public CollectionRejectedException(string message) : base(message)
    {
    }

    public CollectionRejectedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    [Id(0)] public CollectionErrorCode Code { get; init; }

    public static CollectionRejectedException BadInput(string message) => new(CollectionErrorCode.BadInput, message);

    public static CollectionRejectedException NotFound(string message) => new(CollectionErrorCode.NotFound, message);

    public static CollectionRejectedException Conflict(string message) => new(CollectionErrorCode.Conflict, message);

    public static CollectionRejectedException Forbidden(string message) => new(CollectionErrorCode.Forbidden, message);
}
