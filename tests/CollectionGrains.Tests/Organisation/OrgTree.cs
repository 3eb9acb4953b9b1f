using CollectionGrains.Organisation;

namespace CollectionGrains.Tests.Organisation;

/// <summary>A small organisation tree for tests: one group, one region, branch and project, two zones, three buildings.</summary>
public sealed record OrgTree(string Group, string Region, string Branch, string Project, string[] Zones, string[] Buildings)
{
    public static async Task<OrgTree> CreateAsync(IGrainFactory grains)
    {
        var p = $"t{Guid.NewGuid():N}"[..12];
        var tree = new OrgTree($"{p}-g", $"{p}-r", $"{p}-br", $"{p}-p", [$"{p}-z1", $"{p}-z2"], [$"{p}-b1", $"{p}-b2", $"{p}-b3"]);
        await Node(grains, tree.Group).CreateAsync("华润物业集团", OrgLevel.Group, null);
        await Node(grains, tree.Region).CreateAsync("华南区域", OrgLevel.Region, tree.Group);
        await Node(grains, tree.Branch).CreateAsync("深圳分公司", OrgLevel.Branch, tree.Region);
        await Node(grains, tree.Project).CreateAsync("幸福里", OrgLevel.Project, tree.Branch);
        await Node(grains, tree.Zones[0]).CreateAsync("一区", OrgLevel.Zone, tree.Project);
        await Node(grains, tree.Zones[1]).CreateAsync("二区", OrgLevel.Zone, tree.Project);
        await Node(grains, tree.Buildings[0]).CreateAsync("1栋", OrgLevel.Building, tree.Zones[0]);
        await Node(grains, tree.Buildings[1]).CreateAsync("2栋", OrgLevel.Building, tree.Zones[0]);
        await Node(grains, tree.Buildings[2]).CreateAsync("3栋", OrgLevel.Building, tree.Zones[1]);
        return tree;
    }

    public IEnumerable<string> AllNodes => [Group, Region, Branch, Project, .. Zones, .. Buildings];

    public static IOrgNodeGrain Node(IGrainFactory grains, string id) => grains.GetGrain<IOrgNodeGrain>(id);
}
