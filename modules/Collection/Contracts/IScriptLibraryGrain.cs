namespace CollectionGrains.Collection;

/// <summary>A group's scripts (话术) (key: group id): every version kept, the latest used for suggestions and new contacts.</summary>
public interface IScriptLibraryGrain : IGrainWithStringKey
{
    Task<CollectionScript> SaveAsync(ScriptDraft draft, CollectionActor actor);

    /// <summary>The latest version of every script.</summary>
    Task<IReadOnlyList<CollectionScript>> GetAllAsync();

    /// <summary>A script's given version, or its latest.</summary>
    Task<CollectionScript?> GetAsync(string scriptId, int? version = null);

    /// <summary>The best script for a situation: method, then class, then grade matched most closely.</summary>
    Task<CollectionScript?> SuggestAsync(ContactMethod method, ContactClass? contactClass, Customers.Grade? grade);

    /// <summary>A script's wording with its placeholders filled.</summary>
    Task<string> RenderAsync(string scriptId, int? version, ScriptValues values);
}
