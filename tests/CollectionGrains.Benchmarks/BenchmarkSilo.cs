using CollectionGrains.Analytics;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Customers;
using CollectionGrains.Hosting;
using CollectionGrains.Organisation;
using CollectionGrains.Outreach;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Benchmarks;

/// <summary>One silo with the production wiring, in this process, on a cluster of its own.</summary>
internal sealed class BenchmarkSilo(IHost host) : IAsyncDisposable
{
    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<BenchmarkSilo> StartAsync(PostgresSettings postgres, OutreachSettings? outreach = null)
    {
        var clusterId = $"bench-{DateTime.UtcNow:yyyyMMddHHmmss}";
        // Identity and ports of its own; the silo's other settings (CG_DIRECTORY_CACHE) from the environment.
        var cluster = ClusterSettings.FromEnvironment() with
        {
            ClusterId = clusterId, ServiceId = clusterId, AdvertisedIp = System.Net.IPAddress.Loopback,
            SiloPort = 21111, GatewayPort = 31000, HttpUrl = "http://127.0.0.1:0", OnKubernetes = false,
        };
        var host = new HostBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseCollectionGrainsSilo(cluster, postgres)
            .ConfigureServices(services => services.AddOrganisationModule().AddBillingModule().AddCollectionModule(CollectionSettings.WithRandomKeys())
                .AddOutreachModule(outreach ?? OutreachSettings.WithRandomKeys("http://127.0.0.1:0")).AddCustomersModule().AddAnalyticsModule())
            .Build();
        await host.StartAsync();
        return new BenchmarkSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
