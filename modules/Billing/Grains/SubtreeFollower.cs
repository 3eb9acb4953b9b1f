using CollectionGrains.Organisation;

namespace CollectionGrains.Billing;

/// <summary>
/// Follows the tree below a node from one walk to the next by the versions its nodes give their totals: a walk descends
/// only into nodes that changed (or whose path changed, after a rename or a move), so it costs what changed, not what
/// exists. It finds the buildings to read again and the buildings that left.
/// </summary>
internal sealed class SubtreeFollower(string rootId)
{
    private const int CallsAtOnce = 512;

    private readonly Dictionary<string, SeenNode> _seen = [];

    public async Task<SubtreeChanges> WalkAsync(IGrainFactory grains)
    {
        var root = await grains.GetGrain<IOrgNodeGrain>(rootId).GetAsync()
            ?? throw LedgerRejectedException.NotFound($"no organisation node {rootId}");
        var visited = new Dictionary<string, SeenNode>();
        var buildings = new List<ChangedBuilding>();
        var departed = new List<string>();
        var level = new List<(OrgNodeView Node, string Path)>();
        if (HasChanged(root, BuildingBelow.RootPath(root.Info)))
        {
            level.Add((root, BuildingBelow.RootPath(root.Info)));
        }
        while (level.Count > 0)
        {
            foreach (var (building, path) in level.Where(l => l.Node.Info.Level == OrgLevel.Building))
            {
                visited[building.Info.Id] = new SeenNode(building.Version, path, [], IsBuilding: true);
            }
            var tables = await InChunksAsync(level.Where(l => l.Node.Info.Level == OrgLevel.Building).ToList(),
                async b => new ChangedBuilding(b.Node.Info.Id, b.Path, await grains.GetGrain<IOrgNodeGrain>(b.Node.Info.Id).GetChildTotalsAsync()));
            buildings.AddRange(tables);
            var parents = level.Where(l => l.Node.Info.Level != OrgLevel.Building).ToList();
            var children = await InChunksAsync(parents, p => grains.GetGrain<IOrgNodeGrain>(p.Node.Info.Id).GetChildrenAsync());
            var next = new List<(OrgNodeView Node, string Path)>();
            for (var i = 0; i < parents.Count; i++)
            {
                var (parent, path) = parents[i];
                var childIds = children[i].Select(c => c.Info.Id).ToList();
                departed.AddRange((_seen.GetValueOrDefault(parent.Info.Id)?.ChildIds ?? []).Except(childIds));
                visited[parent.Info.Id] = new SeenNode(parent.Version, path, childIds, IsBuilding: false);
                next.AddRange(children[i].Select(c => (c, BuildingBelow.ChildPath(path, c.Info))).Where(c => HasChanged(c.Item1, c.Item2)));
            }
            level = next;
        }
        var forgotten = new HashSet<string>();
        foreach (var node in departed)
        {
            Forget(node, visited, forgotten);
        }
        return new SubtreeChanges(buildings, forgotten.Where(n => _seen[n].IsBuilding).ToList(), visited, [.. forgotten]);
    }

    /// <summary>Takes a walk's findings as seen, once what it found has been applied.</summary>
    public void Accept(SubtreeChanges changes)
    {
        foreach (var node in changes.Forgotten)
        {
            _seen.Remove(node);
        }
        foreach (var (node, seen) in changes.Visited)
        {
            _seen[node] = seen;
        }
    }

    private bool HasChanged(OrgNodeView node, string path) =>
        !_seen.TryGetValue(node.Info.Id, out var seen) || seen.Version != node.Version || seen.Path != path;

    /// <summary>A node that left its parent and was not found elsewhere in this walk: it and what was below it.</summary>
    private void Forget(string node, Dictionary<string, SeenNode> visited, HashSet<string> forgotten)
    {
        if (visited.ContainsKey(node) || !_seen.TryGetValue(node, out var seen) || !forgotten.Add(node))
        {
            return;
        }
        foreach (var child in seen.ChildIds)
        {
            Forget(child, visited, forgotten);
        }
    }

    private static async Task<List<TResult>> InChunksAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> call)
    {
        var results = new List<TResult>(items.Count);
        foreach (var chunk in items.Chunk(CallsAtOnce))
        {
            results.AddRange(await Task.WhenAll(chunk.Select(call)));
        }
        return results;
    }
}

/// <summary>A node as a walk last saw it: the version of its totals, its path and its children.</summary>
internal sealed record SeenNode(long Version, string Path, IReadOnlyList<string> ChildIds, bool IsBuilding);

/// <summary>A building whose households' totals (or path) changed since the last walk, with all of them as it holds them now.</summary>
internal sealed record ChangedBuilding(string BuildingId, string Path, IReadOnlyDictionary<string, VersionedTotals> Households);

/// <summary>What a walk found: buildings to read again, buildings that left, and what to remember once applied.</summary>
internal sealed record SubtreeChanges(
    IReadOnlyList<ChangedBuilding> Buildings,
    IReadOnlyList<string> LeftBuildings,
    IReadOnlyDictionary<string, SeenNode> Visited,
    IReadOnlyList<string> Forgotten);
