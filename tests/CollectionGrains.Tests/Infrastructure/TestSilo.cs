using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CollectionGrains.Tests.Infrastructure;

/// <summary>
/// A real silo (the production wiring of <see cref="SiloHostingExtensions"/>) in this process, on its own
/// loopback ports, in a cluster whose id the test chooses so that tests never see each other's silos.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    /// <summary>One door key for the whole test run, shared by every silo it starts (as a cluster's silos share theirs).</summary>
    public static CollectionGrains.Collection.CollectionSettings CollectionSettings { get; } = CollectionGrains.Collection.CollectionSettings.WithRandomKeys();

    private readonly IHost _host;
    private bool _stopped;

    private TestSilo(IHost host, ClusterSettings cluster)
    {
        _host = host;
        Cluster = cluster;
    }

    public ClusterSettings Cluster { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    /// <summary>This silo's address in the cluster (where <c>GetActivationAddress</c> says an activation lives).</summary>
    public SiloAddress Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    public static string NewClusterId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>Of two silos of one cluster, the one that holds the grain's activation (placement may pick either), and the other.</summary>
    public static async Task<(TestSilo Host, TestSilo Other)> HostOfAsync(IAddressable grain, TestSilo first, TestSilo second)
    {
        var address = await second.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        return first.Address.Equals(address) ? (first, second) : (second, first);
    }

    public static async Task<TestSilo> StartAsync(string clusterId, Action<ISiloBuilder>? configure = null,
        CollectionGrains.Kernel.BusinessClock? clock = null)
    {
        var cluster = new ClusterSettings(clusterId, clusterId, System.Net.IPAddress.Loopback,
            FreePorts.Next(), FreePorts.Next(), "http://127.0.0.1:0");
        var host = new HostBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error))
            .UseCollectionGrainsSilo(cluster, TestPostgres.Settings, silo =>
            {
                silo.Configure<ClusterMembershipOptions>(o => o.NumMissedProbesLimit = 2);
                configure?.Invoke(silo);
            })
            .ConfigureServices(services =>
            {
                CollectionGrains.Organisation.OrganisationModule.AddOrganisationModule(services);
                services.AddBillingModule();
                services.AddCollectionModule(TestSilo.CollectionSettings);
                CollectionGrains.Outreach.OutreachModule.AddOutreachModule(services, CollectionGrains.Outreach.OutreachSettings.WithRandomKeys("http://127.0.0.1"));
                CollectionGrains.Service.ServiceModule.AddServiceModule(services);
                CollectionGrains.Customers.CustomersModule.AddCustomersModule(services);
                CollectionGrains.Analytics.AnalyticsModule.AddAnalyticsModule(services);
                if (clock is not null)
                {
                    services.AddSingleton(clock);
                }
            })
            .Build();
        await host.StartAsync();
        return new TestSilo(host, cluster);
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
