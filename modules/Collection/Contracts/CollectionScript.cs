namespace CollectionGrains.Collection;

/// <summary>话术: one version of a standard wording. Saving a script again makes a new version; contacts record the version they used.</summary>
[GenerateSerializer, Immutable, Alias("collection.CollectionScript")]
public sealed record CollectionScript(
    [property: Id(0)] ScriptDraft Draft,
    [property: Id(1)] int Version,
    [property: Id(2)] DateTimeOffset SavedAt,
    [property: Id(3)] string SavedBy)
{
    public string ScriptId => Draft.ScriptId;
}
