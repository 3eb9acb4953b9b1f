using Orleans.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace CollectionGrains.Hosting;

/// <summary>Wires an Orleans silo on PostgreSQL (ADO.NET clustering, grain storage, reminders) into a host.</summary>
public static class SiloHostingExtensions
{
    /// <summary>How long a stopping silo has to hand its grains over and leave (a pod's termination grace must exceed it).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The silo of the web host, with settings from configuration (appsettings, CG_* environment).</summary>
    public static WebApplicationBuilder AddCollectionGrainsSilo(this WebApplicationBuilder builder)
    {
        var cluster = ClusterSettings.FromConfiguration(builder.Configuration);
        var postgres = PostgresSettings.FromConfiguration(builder.Configuration);
        builder.WebHost.UseUrls(cluster.HttpUrl);
        builder.Logging.AddCollectionGrainsConsole();
        builder.Host.UseCollectionGrainsSilo(cluster, postgres);
        return builder;
    }

    /// <summary>The silo on any generic host; tests use it to run several silos in one process.</summary>
    public static IHostBuilder UseCollectionGrainsSilo(
        this IHostBuilder host, ClusterSettings cluster, PostgresSettings postgres, Action<ISiloBuilder>? configure = null)
    {
        host.ConfigureServices(services =>
        {
            services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
            services.AddSingleton(postgres);
            services.AddSingleton(cluster);
            services.AddSingleton<HealthProbe>();
            services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, StopWithoutCollections>();
            services.AddSingleton(new CollectionGrains.Kernel.BusinessClock(TimeProvider.System));
            services.AddSingleton(_ => Npgsql.NpgsqlDataSource.Create(postgres.ConnectionString()));
            services.AddCollectionGrainsTelemetry("silo");
        });
        return host.UseOrleans(silo =>
        {
            var connectionString = postgres.ConnectionString();
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            silo.Configure<Orleans.Serialization.ExceptionSerializationOptions>(DatabaseExceptions.MayCrossSilos);
            if (cluster.OnKubernetes)
            {
                // Name and address from the pod (POD_NAME, POD_IP), ids from its orleans/* labels; membership stays in PostgreSQL.
                silo.Configure<EndpointOptions>(o => (o.SiloPort, o.GatewayPort) = (cluster.SiloPort, cluster.GatewayPort));
                silo.UseKubernetesHosting();
            }
            else
            {
                silo.ConfigureEndpoints(cluster.AdvertisedIp, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
            }
            // One activation per grain even while silos join and leave, so each node's roll-up is exact (docs/decisions/0009).
#pragma warning disable ORLEANSEXP003 // marked experimental in Orleans 10
            silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
            // Where this silo last found each grain, kept for its calls: about 300 bytes an entry (docs/benchmarks.md).
            silo.Configure<GrainDirectoryOptions>(o => o.CacheSize = cluster.DirectoryCacheSize);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = PostgresSettings.AdoNetInvariant;
                o.ConnectionString = connectionString;
            });
            // The Orleans Dashboard's counters and grain-call profiling on every silo; its pages are mapped (behind the
            // group admin's sign-in) by the host that serves HTTP.
            if (Kernel.DashboardSetting.IsOn)
            {
                silo.AddDashboard(o => o.HideTrace = true);
            }
            // Also in the container: reconciliation reads stored states straight from the table.
            var stateSerializer = new JsonGrainStateSerializer();
            silo.Services.AddSingleton<IGrainStorageSerializer>(stateSerializer);
            silo.Services.AddSingleton<Storage.StoredGrainStates>();
            silo.AddAdoNetGrainStorageAsDefault(o =>
            {
                o.Invariant = PostgresSettings.AdoNetInvariant;
                o.ConnectionString = connectionString;
                o.GrainStorageSerializer = stateSerializer;
            });
            // The hot grains (households, their cases) group-commit their writes through a storage of our own, on the same table.
            silo.Services.AddGrainStorage(Storage.GroupCommitGrainStorage.Name, (services, _) =>
                ActivatorUtilities.CreateInstance<Storage.GroupCommitGrainStorage>(services));
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = PostgresSettings.AdoNetInvariant;
                o.ConnectionString = connectionString;
            });
            silo.AddActivityPropagation();
            configure?.Invoke(silo);
        });
    }
}
