namespace CollectionGrains.Collection;

/// <summary>Every version of every script of a group, oldest first.</summary>
internal sealed class ScriptLibraryState
{
    public List<CollectionScript> Versions { get; init; } = [];
}
