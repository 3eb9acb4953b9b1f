namespace CollectionGrains.Billing;

/// <summary>Why a ledger operation was refused; the API maps these to its error codes.</summary>
public enum LedgerErrorCode
{
    BadInput,
    NotFound,
    Conflict,
}
