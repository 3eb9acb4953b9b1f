using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Foundation;

public sealed class ClusterMembershipTests
{
    [Fact]
    public async Task Two_silos_form_one_cluster_share_each_activation_and_the_survivor_keeps_serving()
    {
        var clusterId = TestSilo.NewClusterId("cluster");
        await using var first = await TestSilo.StartAsync(clusterId);
        await using var second = await TestSilo.StartAsync(clusterId);

        await Eventually.TrueAsync(async () => await ActiveMembersAsync(clusterId) == 2,
            TimeSpan.FromSeconds(30), "both silos are Active in the ADO.NET membership table");
        var hosts = await first.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(2, hosts.Count);

        // Every grain has one activation, whichever silo the call enters through.
        var keys = Enumerable.Range(0, 16).Select(i => $"household-{i}-{Guid.NewGuid():N}").ToList();
        var placements = new List<string>();
        foreach (var key in keys)
        {
            var viaFirst = await first.Grains.GetGrain<IProbeGrain>(key).GetActivationAsync();
            var viaSecond = await second.Grains.GetGrain<IProbeGrain>(key).GetActivationAsync();
            Assert.Equal(viaFirst, viaSecond);
            placements.Add(viaFirst);
        }

        // Stop the silo that hosts a grain; the other one serves it, with its persisted state.
        var key0 = keys[0];
        await first.Grains.GetGrain<IProbeGrain>(key0).RecordAsync("before stop", 10m);
        var firstAddress = first.Address.ToString();
        var (hosting, survivor) = placements[0].StartsWith(firstAddress, StringComparison.Ordinal) ? (first, second) : (second, first);
        await hosting.StopAsync();

        var state = await Eventually.SucceedsAsync(
            () => survivor.Grains.GetGrain<IProbeGrain>(key0).RecordAsync("after stop", 5m), TimeSpan.FromSeconds(30));
        Assert.Equal(["before stop", "after stop"], state.Notes);
        var placement = await survivor.Grains.GetGrain<IProbeGrain>(key0).GetActivationAsync();
        Assert.StartsWith(survivor.Address.ToString(), placement, StringComparison.Ordinal);
        Assert.Equal(1, await ActiveMembersAsync(clusterId));
    }

    private static async Task<long> ActiveMembersAsync(string clusterId) =>
        await TestPostgres.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_cluster_member WHERE deployment_id = @cluster AND status = 3", ("cluster", clusterId));
}
