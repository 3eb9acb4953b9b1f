using Orleans.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace CollectionGrains.Hosting;

/// <summary>
/// Wires an Orleans client into a host: it finds the cluster's gateways in the PostgreSQL membership table and hosts
/// no grains (the stand-alone GraphQL front end, scaled apart from the silos).
/// </summary>
public static class ClientHostingExtensions
{
    public static WebApplicationBuilder AddCollectionGrainsClient(this WebApplicationBuilder builder)
    {
        var cluster = ClusterSettings.FromConfiguration(builder.Configuration);
        builder.WebHost.UseUrls(cluster.HttpUrl);
        builder.Logging.AddCollectionGrainsConsole();
        builder.Host.UseCollectionGrainsClient(cluster, PostgresSettings.FromConfiguration(builder.Configuration));
        return builder;
    }

    public static IHostBuilder UseCollectionGrainsClient(this IHostBuilder host, ClusterSettings cluster, PostgresSettings postgres)
    {
        host.ConfigureServices(services =>
        {
            services.AddSingleton(postgres);
            services.AddSingleton(cluster);
            services.AddSingleton<HealthProbe>();
            services.AddCollectionGrainsTelemetry("frontend");
        });
        return host.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            client.Configure<Orleans.Serialization.ExceptionSerializationOptions>(DatabaseExceptions.MayCrossSilos);
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = PostgresSettings.AdoNetInvariant;
                o.ConnectionString = postgres.ConnectionString();
            });
            if (Kernel.DashboardSetting.IsOn)
            {
                client.AddDashboard(o => o.HideTrace = true);
            }
            client.AddActivityPropagation();
        });
    }
}
