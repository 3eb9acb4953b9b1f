using System.Net;
using Microsoft.Extensions.Configuration;

namespace CollectionGrains.Hosting;

/// <summary>
/// Identity and endpoints of one Orleans silo (or client) of the cluster, from CG_* settings. On Kubernetes
/// (<c>CG_KUBERNETES=on</c>) the silo takes its name and address from its pod and listens on every address.
/// </summary>
public sealed record ClusterSettings(
    string ClusterId,
    string ServiceId,
    IPAddress AdvertisedIp,
    int SiloPort,
    int GatewayPort,
    string HttpUrl,
    bool OnKubernetes = false,
    int DirectoryCacheSize = ClusterSettings.DefaultDirectoryCacheSize,
    int StopNoGcMegabytes = 0)
{
    public const string DefaultClusterId = "collectiongrains-dev";
    public const string DefaultServiceId = "collectiongrains";
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;
    public const string DefaultHttpUrl = "http://127.0.0.1:5080";
    public const int DefaultDirectoryCacheSize = 100_000;

    public static ClusterSettings FromConfiguration(IConfiguration configuration) => new(
        configuration["CG_CLUSTER_ID"] ?? DefaultClusterId,
        configuration["CG_SERVICE_ID"] ?? DefaultServiceId,
        IPAddress.Parse(configuration["CG_ADVERTISED_IP"] ?? "127.0.0.1"),
        NumberSetting.Positive(configuration, "CG_SILO_PORT", DefaultSiloPort),
        NumberSetting.Positive(configuration, "CG_GATEWAY_PORT", DefaultGatewayPort),
        configuration["CG_HTTP_URL"] ?? DefaultHttpUrl,
        string.Equals(configuration["CG_KUBERNETES"], "on", StringComparison.OrdinalIgnoreCase),
        NumberSetting.Positive(configuration, "CG_DIRECTORY_CACHE", DefaultDirectoryCacheSize),
        NumberSetting.Positive(configuration, "CG_STOP_NO_GC_MB", 0));

    public static ClusterSettings FromEnvironment() => FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());
}
