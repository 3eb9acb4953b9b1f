namespace CollectionGrains.Organisation;

/// <summary>How a node got its target: set on it, cascaded from its parent's in proportion, or adjusted by hand among its siblings.</summary>
public enum TargetSource
{
    Set,
    Cascaded,
    Adjusted,
}
