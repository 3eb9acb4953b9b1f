using CollectionGrains.Organisation;

namespace CollectionGrains.Analytics;

/// <summary>
/// Each project or building below a node, with the child of the node it lies under, so a statement can group by the
/// node's children (<see cref="Sql"/>), and the children's names.
/// </summary>
internal sealed record ChildPlaces(string[] Places, string[] Children, IReadOnlyDictionary<string, string> Names)
{
    public static readonly ChildPlaces None = new([], [], new Dictionary<string, string>());

    public static async Task<ChildPlaces> OfAsync(IGrainFactory grains, string nodeId)
    {
        var children = await grains.GetGrain<IOrgNodeGrain>(nodeId).GetChildrenAsync();
        var (places, owners) = (new List<string>(), new List<string>());
        foreach (var child in children)
        {
            var reach = await NodeReach.OfAsync(grains, child.Info.Id);
            foreach (var place in reach.Projects.Concat(reach.Buildings))
            {
                places.Add(place);
                owners.Add(child.Info.Id);
            }
        }
        return new([.. places], [.. owners], children.ToDictionary(c => c.Info.Id, c => c.Info.Name, StringComparer.Ordinal));
    }

    /// <summary>The child holding a row's project or building: <paramref name="places"/> and <paramref name="children"/> are the parameters bound to these arrays.</summary>
    public static string Sql(string places, string children, string project, string building) =>
        $"coalesce((SELECT m.child FROM unnest({places}::text[], {children}::text[]) m(place, child) WHERE m.place IN ({project}, {building}) LIMIT 1), '')";
}
