namespace CollectionGrains.Collection;

/// <summary>Why the Collection module refused a call.</summary>
public enum CollectionErrorCode
{
    BadInput,
    NotFound,
    Conflict,
    Forbidden,
}
