using System.Collections.Concurrent;
using CollectionGrains.Organisation;

namespace CollectionGrains.Customers.Credit;

/// <summary>
/// Each silo's copy of every group's latest model, loaded from PostgreSQL and looked for again at most once a minute
/// (a new version is in use on every silo within that minute), and the group above each project.
/// </summary>
internal sealed class CreditModels(CreditModelStore store, IGrainFactory grains)
{
    private static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, string> _groups = new();
    private readonly ConcurrentDictionary<string, LoadedCreditModel?> _models = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _checked = new();

    public async Task<LoadedCreditModel?> ForProjectAsync(string projectId)
    {
        if (!_groups.TryGetValue(projectId, out var group))
        {
            group = await NodeAncestry.RootOfAsync(grains, projectId);
            _groups[projectId] = group;
        }
        return await ForGroupAsync(group);
    }

    public async Task<LoadedCreditModel?> ForGroupAsync(string groupId, bool force = false)
    {
        var now = DateTimeOffset.UtcNow;
        if (force || !_checked.TryGetValue(groupId, out var at) || now - at > Recheck)
        {
            _checked[groupId] = now;
            var held = _models.GetValueOrDefault(groupId);
            if (await store.LatestAsync(groupId, held?.Report.Version ?? 0) is { } latest)
            {
                _models[groupId] = LoadedCreditModel.Load(latest.Report, latest.Model);
            }
        }
        return _models.GetValueOrDefault(groupId);
    }
}
