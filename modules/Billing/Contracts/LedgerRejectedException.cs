namespace CollectionGrains.Billing;

/// <summary>A ledger operation refused for a reason the caller can act on; nothing was changed.</summary>
[GenerateSerializer, Alias("billing.LedgerRejectedException")]
public sealed class LedgerRejectedException : Exception
{
    public LedgerRejectedException(LedgerErrorCode code, string message) : base(message) => Code = code;

    public LedgerRejectedException()
    {
    }

    public LedgerRejectedException(string message) : base(message)
    {
    }

    public LedgerRejectedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    [Id(0)] public LedgerErrorCode Code { get; init; }

    public static LedgerRejectedException BadInput(string message) => new(LedgerErrorCode.BadInput, message);

    public static LedgerRejectedException NotFound(string message) => new(LedgerErrorCode.NotFound, message);

    public static LedgerRejectedException Conflict(string message) => new(LedgerErrorCode.Conflict, message);
}
