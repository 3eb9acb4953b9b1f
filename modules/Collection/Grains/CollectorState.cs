namespace CollectionGrains.Collection;

/// <summary>What a collector grain stores: who they are and where they work (their cases are loaded from the Collection tables).</summary>
internal sealed class CollectorState
{
    public CollectorProfile? Profile { get; set; }
}
