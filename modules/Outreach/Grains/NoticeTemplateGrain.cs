using CollectionGrains.Collection;
using CollectionGrains.Outreach.Notices;

namespace CollectionGrains.Outreach;

internal sealed class NoticeTemplateGrain(
    [PersistentState("noticeTemplates")] IPersistentState<NoticeTemplateState> state,
    TimeProvider time) : Grain, INoticeTemplateGrain
{
    public Task<NoticeTemplate> GetAsync(NoticeKind kind) =>
        Task.FromResult(state.State.Saved.GetValueOrDefault(kind) is [.., var last] ? last : NoticeTemplates.BuiltIn(kind));

    public Task<NoticeTemplate> GetVersionAsync(NoticeKind kind, int version) => Task.FromResult(version == 0
        ? NoticeTemplates.BuiltIn(kind)
        : state.State.Saved.GetValueOrDefault(kind)?.ElementAtOrDefault(version - 1)
            ?? throw CollectionRejectedException.NotFound($"no version {version} of the {kind} wording"));

    public async Task<NoticeTemplate> SaveAsync(NoticeKind kind, string body, CollectionActor actor)
    {
        if (!Enum.IsDefined(kind))
        {
            throw CollectionRejectedException.BadInput("unknown notice kind");
        }
        if (NoticeTemplates.Problem(kind, body) is { } problem)
        {
            throw CollectionRejectedException.BadInput(problem);
        }
        var current = await GetAsync(kind);
        if (current.Body == body)
        {
            return current;
        }
        var versions = state.State.Saved.TryGetValue(kind, out var saved) ? saved : state.State.Saved[kind] = [];
        var template = new NoticeTemplate(kind, versions.Count + 1, body, actor.Username, time.GetUtcNow());
        versions.Add(template);
        await state.WriteStateAsync();
        return template;
    }
}
