using CollectionGrains.Organisation;

namespace CollectionGrains.Benchmarks;

internal static class BenchmarkTree
{
    /// <summary>Group → region → branch → the project → zones of 20 buildings of 200 households: what payments roll up into.</summary>
    public static async Task CreateAsync(IGrainFactory grains, string projectId, int buildings)
    {
        string? parent = null;
        foreach (var (id, level) in new[] { ($"{projectId}-g", OrgLevel.Group), ($"{projectId}-r", OrgLevel.Region),
            ($"{projectId}-br", OrgLevel.Branch), (projectId, OrgLevel.Project) })
        {
            await grains.GetGrain<IOrgNodeGrain>(id).CreateAsync(id, level, parent);
            parent = id;
        }
        for (var zone = 0; zone * 20 < buildings; zone++)
        {
            await grains.GetGrain<IOrgNodeGrain>($"{projectId}-z{zone}").CreateAsync($"{zone + 1}区", OrgLevel.Zone, projectId);
        }
        await Measure.ConcurrentlyAsync(buildings, 16, b =>
            grains.GetGrain<IOrgNodeGrain>($"{projectId}-b{b}").CreateAsync($"{b + 1}栋", OrgLevel.Building, $"{projectId}-z{b / 20}"));
    }
}
