using CollectionGrains.Billing;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using Npgsql;

namespace CollectionGrains.Tests.Organisation;

/// <summary>
/// A node acknowledges a child node's report once applied and persists at most once a second, so a silo that dies may
/// lose reports a node had applied. The node then did not close cleanly, and its child nodes report again when it wakes.
/// </summary>
public sealed class UncleanStopTests
{
    [Fact]
    public async Task A_node_that_lost_an_applied_report_gets_it_again_from_its_child_when_it_activates()
    {
        var clusterId = TestSilo.NewClusterId("unclean");
        OrgTree tree;
        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            tree = await OrgTree.CreateAsync(silo.Grains);
            var householdId = $"{tree.Buildings[0]}/1-101";
            var household = silo.Grains.GetGrain<IHouseholdGrain>(householdId);
            await household.RegisterAsync(BillingFixtures.Household(tree.Project, householdId) with { BuildingId = tree.Buildings[0] });
            await household.IssueBillsAsync([BillingFixtures.Opening("2025-03", 123.45m)]);
            await Eventually.TrueAsync(async () => (await OrgTree.Node(silo.Grains, tree.Group).GetAsync())!.Totals.ArrearsPrincipal == 123.45m,
                TimeSpan.FromSeconds(10), "the bill reaches the group");
        }

        // As if the region had applied its branch's report and died before writing it: the report is not in its row,
        // and the row does not say the region closed cleanly.
        await using (var database = NpgsqlDataSource.Create(TestPostgres.Settings.ConnectionString()))
        {
            await using var command = database.CreateCommand("""
                UPDATE orleans_grain_state
                   SET payload = convert_to(((convert_from(payload, 'UTF8')::jsonb #- ARRAY['Children', 'Latest', $2]) - 'ClosedCleanly')::text, 'UTF8')
                 WHERE service_id = $1 AND grain_type = 'orgNode' AND grain_key = $3
                """);
            command.Parameters.AddWithValue(clusterId);
            command.Parameters.AddWithValue(tree.Branch);
            command.Parameters.AddWithValue(tree.Region);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await using var restarted = await TestSilo.StartAsync(clusterId);
        await Eventually.TrueAsync(async () => (await OrgTree.Node(restarted.Grains, tree.Region).GetAsync())!.Totals is { Households: 1, ArrearsPrincipal: 123.45m },
            TimeSpan.FromSeconds(10), "the branch reports again to the region that lost its report");
        await Eventually.TrueAsync(async () => (await OrgTree.Node(restarted.Grains, tree.Group).GetAsync())!.Totals.ArrearsPrincipal == 123.45m,
            TimeSpan.FromSeconds(10), "the group counts the region's restored totals");
    }
}
