using CollectionGrains.Organisation;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Organisation;

/// <summary>
/// A household's report is acknowledged once its building has written it, and a building writes at most every 5 s, by
/// timer. No timer's write runs once the node deactivates, so when the building's silo leaves, the building writes at
/// once: a report waiting for that write is acknowledged, not left to give up while the node deactivates.
/// </summary>
public sealed class LeavingSiloTests
{
    [Fact]
    public async Task A_report_waiting_for_its_buildings_write_is_acknowledged_when_the_buildings_silo_leaves()
    {
        var clusterId = TestSilo.NewClusterId("leaving");
        await using var first = await TestSilo.StartAsync(clusterId);
        await using var second = await TestSilo.StartAsync(clusterId);
        var tree = await OrgTree.CreateAsync(second.Grains);
        var building = tree.Buildings[0];
        var (host, other) = await TestSilo.HostOfAsync(OrgTree.Node(second.Grains, building), first, second);

        var household = $"{building}/1-101";
        var report = OrgTree.Node(other.Grains, building).ReportChildTotalsAsync(household, new VersionedTotals(1, new Totals { Households = 1, ArrearsPrincipal = 321.50m }));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(report.IsCompleted, "the report waits for the building's next write");
        // Reads keep coming, as under load: queued while the building deactivates, they hold back its timer's write.
        using var reading = new CancellationTokenSource();
        var reads = ReadUntilAsync(OrgTree.Node(other.Grains, building), reading.Token);
        await host.StopAsync();

        await report;
        await reading.CancelAsync();
        await reads;
        var stored = await OrgTree.Node(other.Grains, building).GetChildTotalsAsync();
        Assert.Equal(1, stored[household].Version);
        Assert.Equal(321.50m, stored[household].Totals.ArrearsPrincipal);
    }

    private static async Task ReadUntilAsync(IOrgNodeGrain node, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await node.GetAsync();
            }
            catch (Exception e) when (e is SiloUnavailableException or OrleansMessageRejectionException)
            {
                // A read refused while the silo leaves; the next one goes to where the node is now.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }
    }
}
