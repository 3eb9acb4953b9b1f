namespace CollectionGrains.Access;

/// <summary>A user change refused for a reason the caller can act on (bad name, weak password, a different user of that name); nothing changed.</summary>
[GenerateSerializer, Alias("access.AccessRejectedException")]
public sealed class AccessRejectedException : Exception
{
    public AccessRejectedException()
    {
    }

    public AccessRejectedException(string message) : base(message)
    {
    }

    public AccessRejectedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
