using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Organisation.OrgTree;

namespace CollectionGrains.Tests.Organisation;

public sealed class OrgTreeTests
{
    [Fact]
    public async Task The_tree_persists_and_a_node_belongs_under_the_level_above()
    {
        var clusterId = TestSilo.NewClusterId("org");
        OrgTree tree;
        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            tree = await OrgTree.CreateAsync(silo.Grains);
            await Node(silo.Grains, tree.Buildings[0]).RenameAsync("1栋（东）");
            await Assert.ThrowsAsync<OrganisationRejectedException>(() =>
                Node(silo.Grains, "orphan-zone").CreateAsync("三区", OrgLevel.Zone, tree.Region));
            await Assert.ThrowsAsync<OrganisationRejectedException>(() =>
                Node(silo.Grains, "orphan-b").CreateAsync("9栋", OrgLevel.Building, "no-such-zone"));
            await Assert.ThrowsAsync<OrganisationRejectedException>(() => Node(silo.Grains, tree.Zones[0]).RenameAsync(" "));
        }

        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            var building = await Node(silo.Grains, tree.Buildings[0]).GetAsync();
            Assert.Equal(new OrgNodeInfo(tree.Buildings[0], "1栋（东）", OrgLevel.Building, tree.Zones[0]), building!.Info);
            var zones = await Node(silo.Grains, tree.Project).GetChildrenAsync();
            Assert.Equal(tree.Zones, zones.Select(z => z.Info.Id).Order());
            Assert.Null(await Node(silo.Grains, "orphan-zone").GetAsync());
        }
    }
}
