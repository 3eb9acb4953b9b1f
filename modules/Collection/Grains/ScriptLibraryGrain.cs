using CollectionGrains.Collection.Scripts;
using CollectionGrains.Kernel;

namespace CollectionGrains.Collection;

/// <summary>A group's scripts: saving a changed wording makes a new version; contacts record the version they used.</summary>
internal sealed class ScriptLibraryGrain(
    [PersistentState("scriptLibrary")] IPersistentState<ScriptLibraryState> state,
    BusinessClock clock) : Grain, IScriptLibraryGrain
{
    public async Task<CollectionScript> SaveAsync(ScriptDraft draft, CollectionActor actor)
    {
        if (!actor.IsSupervisor)
        {
            throw CollectionRejectedException.Forbidden("only a supervisor (or above) writes scripts");
        }
        ScriptTemplates.Validate(draft);
        var latest = Latest(draft.ScriptId);
        if (latest is not null && latest.Draft == draft)
        {
            return latest;
        }
        var saved = new CollectionScript(draft, (latest?.Version ?? 0) + 1, clock.Now, actor.Username);
        state.State.Versions.Add(saved);
        await state.WriteStateAsync();
        return saved;
    }

    public Task<IReadOnlyList<CollectionScript>> GetAllAsync() =>
        Task.FromResult<IReadOnlyList<CollectionScript>>([.. state.State.Versions.GroupBy(v => v.ScriptId).Select(g => g.MaxBy(v => v.Version)!)
            .OrderBy(s => s.ScriptId, StringComparer.Ordinal)]);

    public Task<CollectionScript?> GetAsync(string scriptId, int? version = null) =>
        Task.FromResult(version is { } wanted ? state.State.Versions.Find(v => v.ScriptId == scriptId && v.Version == wanted) : Latest(scriptId));

    public async Task<CollectionScript?> SuggestAsync(ContactMethod method, ContactClass? contactClass, Customers.Grade? grade) =>
        ScriptMatch.Best(await GetAllAsync(), method, contactClass, grade);

    public async Task<string> RenderAsync(string scriptId, int? version, ScriptValues values)
    {
        var script = await GetAsync(scriptId, version) ?? throw CollectionRejectedException.NotFound($"no script {scriptId}");
        return ScriptTemplates.Render(script.Draft.Body, values);
    }

    private CollectionScript? Latest(string scriptId) =>
        state.State.Versions.Where(v => v.ScriptId == scriptId).MaxBy(v => v.Version);
}
